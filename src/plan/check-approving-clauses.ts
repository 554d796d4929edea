import type { Order } from '../kinds/order/schema.js';
import { text } from '../messages.js';
import { findApprovingClauses } from './approving-orders.js';
import { appendixCitation, mentionsAppendix, toAppendixList } from './cited-appendices.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import { namesTitle, splitWords } from './title-keys.js';
import { forEachText } from './typed-texts.js';
import type { Report } from './validate.js';

/** Keys of a clause that hold no words of the order's text. */
const notText: ReadonlySet<string> = new Set(['approve', 'person', 'responsible', 'term']);

/**
 * A document stamped «УТВЕРЖДЕНО приказом …» (`approval: { order }`) by an order of the plan that appends it, when
 * the order's text never says so: no clause approves it (`approve`) and none names it — by its appendix number
 * («в составе согласно приложению 1»), as «приложение» when it is the only one, or by its title. The stamp would
 * claim what the order does not: an error at `approval`, showing the clause to add.
 */
export function checkApprovingClauses(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const approving = findApprovingClauses(plan);
  plan.documents.forEach((doc, i) => {
    const id = ids[i]!;
    const by = doc.approval && 'order' in doc.approval ? doc.approval.order : undefined;
    const order = by === undefined ? undefined : plan.documents[ids.indexOf(by)];
    if (order?.type !== 'order' || doc.appendix_to !== undefined || approving.get(id)?.order === by) return;
    const appendices = order.appendices ?? [];
    const index = appendices.indexOf(id);
    if (index < 0 || mentionsAppendixOf(order, index, plan, ids)) return;
    const number = appendices.length > 1 ? index + 1 : undefined;
    report(['documents', i, 'approval'], text.approvedWithoutClause(id, by!, number), true);
  });
}

/** Whether an order's clauses name its appendix `index`: by number, as the only appendix, or by its title. */
export function mentionsAppendixOf(order: Order, index: number, plan: Plan, ids: readonly string[]): boolean {
  const appendices = order.appendices ?? [];
  const key = toAppendixList(appendices, plan, ids).keys[index];
  let found = false;
  forEachText(
    order.clauses,
    [],
    (written) => {
      if (found) return;
      if (mentionsAppendix.test(written)) {
        if (appendices.length === 1) found = true;
        for (const m of written.matchAll(appendixCitation)) if (Number(m[1]) === index + 1) found = true;
      }
      if (key !== undefined && namesTitle(splitWords(written), key)) found = true;
    },
    notText,
  );
  return found;
}
