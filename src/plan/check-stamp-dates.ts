import type { OrderClause } from '../kinds/order/schema.js';
import { isValidIsoDate } from '../language/dates.js';
import { formatPoint, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import { withApprovingOrders } from './approving-orders.js';
import { isExistingOrder } from './check-orders.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Agreement, Approval } from './schema/stamps.js';
import type { Report } from './validate.js';

type Path = readonly (string | number)[];
/** A stamp's date and where the plan writes it. */
type Dated = { date: string; path: Path };

/**
 * The order of a document's dates, which no real document breaks: it is agreed (or accepted by a council) before it
 * is approved — also when the order that approves it says so only in a clause (`approve`) — and both happen while the
 * project runs: a stamp dated after `project.period` (15.12.2028 for a project of 2026–2027, a slip of the year) is
 * an error at its date, and so is an order that approves documents dated after the end. Approving before the start
 * is usual (the package is prepared in advance); an order that approves nothing may come after the end («Об итогах»).
 */
export function checkStampDates(plan: Plan, report: Report): void {
  const approved = withApprovingOrders(plan);
  const ids = documentIds(plan);
  const afterEnd = checkerOfEnd(plan, report);
  plan.documents.forEach((doc, i) => {
    const at = ['documents', i];
    if (doc.type === 'order') {
      if (approvesAny(doc.clauses))
        afterEnd({ date: doc.date, path: [...at, 'date'] }, text.approvingOrderAfterProject);
      return;
    }
    const stamp = approved.documents[i]?.approval;
    const approval = stamp && dateOf(stamp, [...at, 'approval'], plan, ids);
    if (approval && doc.approval) afterEnd(approval);
    [doc.agreement ?? []].flat().forEach((agreement, j) => {
      const agreed = dateOf(
        agreement,
        Array.isArray(doc.agreement) ? [...at, 'agreement', j] : [...at, 'agreement'],
      );
      if (agreed === undefined) return;
      if (approval && agreed.date > approval.date)
        report(agreed.path, text.agreedAfterApproval(agreed.date, approval.date));
      else afterEnd(agreed);
    });
  });
}

/** Reports a date after the project's end (none without `project.period`). */
function checkerOfEnd(plan: Plan, report: Report) {
  const period = plan.project?.period;
  const end = period ? termBounds(period.to)?.end : undefined;
  const shownEnd = period ? formatPoint(period.to, 'words').replace(/\u00A0/g, ' ') : '';
  return ({ date, path }: Dated, message = text.stampAfterProject) => {
    if (end !== undefined && isValidIsoDate(date) && date > end) report(path, message(date, shownEnd));
  };
}

/** The day a stamp was signed: its own date, its council's protocol's or its order's; none if unknown or blank. */
export function dateOf(
  stamp: Approval | Agreement,
  at: Path,
  plan?: Plan,
  ids?: string[],
): Dated | undefined {
  let found: Dated | undefined;
  if ('council' in stamp)
    found = stamp.protocol && { date: stamp.protocol.date, path: [...at, 'protocol', 'date'] };
  else if (!('order' in stamp))
    found = stamp.date === undefined ? undefined : { date: stamp.date, path: [...at, 'date'] };
  else if (plan !== undefined && ids !== undefined) {
    const order = isExistingOrder(plan, stamp.order)
      ? plan.orders?.[stamp.order]
      : plan.documents[ids.indexOf(stamp.order)];
    if (order !== undefined && 'date' in order) found = { date: order.date, path: [...at, 'order'] };
  }
  return found && isValidIsoDate(found.date) ? found : undefined;
}

function approvesAny(clauses: readonly OrderClause[]): boolean {
  return clauses.some(
    (clause) =>
      typeof clause !== 'string' && (clause.approve !== undefined || approvesAny(clause.clauses ?? [])),
  );
}
