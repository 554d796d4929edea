import { text } from '../messages.js';
import { findApprovingClauses } from './approving-orders.js';
import { mentionsAppendixOf } from './check-approving-clauses.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * An appendix its order's text never mentions: no clause approves it (`approve`), cites its number («согласно
 * приложению 2», «(приложение)» when it is the only one) or names it by its title. The order prints «Приложение 2
 * к приказу …» over a document its text says nothing of — a reference forgotten, or an appendix left from another
 * order. A warning at the order's `appendices` (the package is not self-contradictory, and the reference may be
 * meant to be written by hand); a document stamped «УТВЕРЖДЕНО приказом» of that order is an error instead
 * (check-approving-clauses.ts).
 */
export function checkAppendixMentions(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const approving = findApprovingClauses(plan);
  plan.documents.forEach((order, o) => {
    if (order.type !== 'order') return;
    const appendices = order.appendices ?? [];
    appendices.forEach((id, j) => {
      const doc = plan.documents[ids.indexOf(id)];
      if (doc === undefined || approving.get(id)?.order === ids[o]) return;
      if (doc.approval !== undefined && 'order' in doc.approval && doc.approval.order === ids[o]) return;
      if (mentionsAppendixOf(order, j, plan, ids)) return;
      const appendix = appendices.length > 1 ? `приложение ${j + 1}` : 'приложение';
      const title = 'title' in doc && typeof doc.title === 'string' ? doc.title : id;
      report(['documents', o, 'appendices', j], text.appendixNotMentioned(ids[o]!, appendix, title, id));
    });
  });
}
