import { isValidIsoDate } from '../language/dates.js';
import { text } from '../messages.js';
import { findApprovingClauses } from './approving-orders.js';
import { isExistingOrder } from './check-orders.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * A document an order of the plan approves in a clause and appends is approved by that order: its own `approval`
 * by a person («УТВЕРЖДАЮ … 10 сентября»), a council or another order would print a second approval, by another act
 * with another date, under the mark «Приложение 3 к приказу …». An error at `approval`; `approval: { order }` of
 * that same order says the same as the clause and passes.
 */
export function checkDoubleApproval(plan: Plan, report: Report): void {
  const approving = findApprovingClauses(plan);
  if (approving.size === 0) return;
  const ids = documentIds(plan);
  plan.documents.forEach((doc, i) => {
    const found = approving.get(ids[i]!);
    const approval = doc.approval;
    if (found === undefined || approval === undefined || doc.appendix_to !== undefined) return;
    // Another order of the plan is reported as not appending the document (check-appendices.ts), an unknown one
    // as unknown: only an act of `orders:` is a second approval here.
    if ('order' in approval && !isExistingOrder(plan, approval.order)) return;
    const order = plan.documents[ids.indexOf(found.order)];
    if (order?.type !== 'order') return;
    const date = isValidIsoDate(order.date) ? order.date.split('-').reverse().join('.') : undefined;
    const stamp = 'council' in approval ? 'council' : 'order' in approval ? 'order' : 'person';
    report(
      ['documents', i, 'approval'],
      text.approvedByOrderAndStamp(found.order, order.number, date, found.clause, stamp),
      true,
    );
  });
}
