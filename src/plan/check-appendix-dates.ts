import { isValidIsoDate } from '../language/dates.js';
import { text } from '../messages.js';
import { findApprovingClauses } from './approving-orders.js';
import { isExistingOrder } from './check-orders.js';
import { dateOf } from './check-stamp-dates.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * An appendix of an order of the plan carries its own stamp — «УТВЕРЖДАЮ … 15.09.2026», a council's decision, an
 * issued act, a «СОГЛАСОВАНО» — dated after that order: a document is appended to an order already approved and
 * agreed, and the package would print «Приложение 1 к приказу от 01.09.2026» over a stamp of 15.09.2026. An error at
 * the stamp's date. A document the order approves in a clause, or stamped «УТВЕРЖДЕНО приказом» of the plan, takes
 * the order's date; its other stamps are checked against it where stamps are (check-stamp-dates.ts,
 * check-double-approval.ts).
 */
export function checkAppendixDates(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const approving = findApprovingClauses(plan);
  plan.documents.forEach((order, o) => {
    if (order.type !== 'order' || !isValidIsoDate(order.date)) return;
    const appendices = order.appendices ?? [];
    appendices.forEach((id, j) => {
      const i = ids.indexOf(id);
      const doc = plan.documents[i];
      if (doc === undefined || doc.type === 'order' || doc.appendix_to !== undefined || approving.has(id))
        return;
      const { approval } = doc;
      if (approval !== undefined && 'order' in approval && !isExistingOrder(plan, approval.order)) return;
      const at = ['documents', i];
      const approved = approval && dateOf(approval, [...at, 'approval'], plan, ids);
      const agreements = [doc.agreement ?? []]
        .flat()
        .map((agreement, k) =>
          dateOf(agreement, Array.isArray(doc.agreement) ? [...at, 'agreement', k] : [...at, 'agreement']),
        );
      const appendix = appendices.length > 1 ? `приложение ${j + 1}` : 'приложение';
      const requisites = { id: ids[o]!, number: order.number, date: order.date };
      const late = (stamp: { date: string } | undefined) => stamp !== undefined && stamp.date > order.date;
      if (late(approved))
        report(
          approved!.path,
          text.appendixStampAfterOrder('approval', approved!.date, requisites, appendix, id),
        );
      // An agreement after the approval is told as such (check-stamp-dates.ts).
      const agreed = agreements.find((a) => late(a) && (approved === undefined || a!.date <= approved.date));
      if (agreed !== undefined)
        report(agreed.path, text.appendixStampAfterOrder('agreement', agreed.date, requisites, appendix, id));
    });
  });
}
