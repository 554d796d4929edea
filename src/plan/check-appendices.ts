import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * Appendices and approvals agree: a document is appended to at most one order, orders are not appendices,
 * and a document approved by an order is among that order's appendices (so its mark has a number).
 */
export function checkAppendices(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const appendedTo = new Map<string, string>();
  plan.documents.forEach((doc, i) => {
    if (doc.type !== 'order') return;
    doc.appendices?.forEach((id, j) => {
      const path = ['documents', i, 'appendices', j];
      const first = appendedTo.get(id);
      if (id === ids[i]) report(path, text.appendixSelf);
      else if (plan.documents[ids.indexOf(id)]?.type === 'order') report(path, text.appendixIsOrder(id));
      else if (first !== undefined) report(path, text.appendixTwice(id, first));
      else appendedTo.set(id, ids[i]!);
    });
  });
  plan.documents.forEach((doc, i) => {
    const order = doc.approval && 'order' in doc.approval ? doc.approval.order : undefined;
    const target = order === undefined ? undefined : plan.documents[ids.indexOf(order)];
    if (target?.type !== 'order' || target.appendices?.includes(ids[i]!)) return;
    report(['documents', i, 'approval', 'order'], text.approvedButNotAppended(ids[i]!, order!));
  });
}
