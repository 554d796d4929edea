import { text } from '../messages.js';
import { withApprovingOrders } from './approving-orders.js';
import { dateOf } from './check-stamp-dates.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';

type Warn = (path: readonly (string | number)[], message: string) => void;

/** Half a year in days: a council accepts a document, or a deputy agrees it, days or weeks before it is approved. */
const staleDays = 183;

/**
 * An agreement or a council's protocol dated more than half a year before the document is approved — the date left
 * from last year's plan when the others were moved on (ПРИНЯТО … протокол от 28.09.2020 under УТВЕРЖДЕНО … от
 * 01.10.2021): a warning at its date, since a document may wait for its approval. One dated after the approval is an
 * error of check-stamp-dates.ts.
 */
export function findStaleAgreements(plan: Plan, warn: Warn): void {
  const approved = withApprovingOrders(plan);
  const ids = documentIds(plan);
  plan.documents.forEach((doc, i) => {
    if (doc.type === 'order' || doc.agreement === undefined) return;
    const at = ['documents', i];
    const stamp = approved.documents[i]?.approval;
    const approval = stamp && dateOf(stamp, [...at, 'approval'], plan, ids);
    if (approval === undefined) return;
    [doc.agreement].flat().forEach((agreement, j) => {
      const agreed = dateOf(
        agreement,
        Array.isArray(doc.agreement) ? [...at, 'agreement', j] : [...at, 'agreement'],
      );
      if (agreed !== undefined && daysBetween(agreed.date, approval.date) > staleDays)
        warn(agreed.path, text.agreedLongBeforeApproval(agreed.date, approval.date));
    });
  });
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
