import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import { suggest } from './suggest.js';
import type { Report } from './validate.js';

/**
 * Orders outside the plan: their ids are not documents' ids, and `appendix_to` names one of them — or the application
 * (`application`), never both and never neither.
 */
export function checkOrders(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const existing = Object.keys(plan.orders ?? {});
  for (const id of existing) if (ids.includes(id)) report(['orders', id], text.orderIdTaken(id), true);
  for (const [id, order] of Object.entries(plan.orders ?? {}))
    if (order.kind === undefined && looksLikeDirective(order.number))
      report(['orders', id, 'number'], text.orderKindByNumber(order.number));
  plan.documents.forEach((doc, i) => {
    const appendixTo = doc.appendix_to;
    if (appendixTo === undefined) return;
    const at = ['documents', i, 'appendix_to'];
    if ((appendixTo.order === undefined) === (appendixTo.application === undefined)) {
      report(at, appendixTo.order === undefined ? text.appendixToNothing : text.appendixToBoth, true);
      return;
    }
    const order = appendixTo.order;
    const path = order === undefined ? [...at, 'application'] : [...at, 'order'];
    const appendedTo = ids.find((_, j) => {
      const other = plan.documents[j];
      return other?.type === 'order' && other.appendices?.includes(ids[i]!);
    });
    if (appendedTo !== undefined && (order === undefined || existing.includes(order)))
      report(path, text.appendixToAndAppended(appendedTo));
    else if (order === undefined || existing.includes(order)) return;
    else if (plan.documents[ids.indexOf(order)]?.type === 'order')
      report(path, text.appendixToPlanOrder(order, ids[i]!));
    else {
      const hint = suggest(order, existing);
      const unknown = plan.orders === undefined ? text.unknownOrderNoOrders : text.unknownOrder;
      report(path, unknown(order) + (hint ? `; ${text.didYouMean(hint)}` : ''));
    }
  });
}

/**
 * Whether a number is written as a распоряжение's is, «1543-р», «27-рп»: cited with the default kind it would print
 * «приказом … № 1543-р», another act than the one the stamp means.
 */
function looksLikeDirective(number: string): boolean {
  return /[-‐–\s](?:р|рп)$/iu.test(number.trim());
}

/** Whether an id names an order of `orders:` (own keys only, not an inherited `constructor`). */
export function isExistingOrder(plan: Pick<Plan, 'orders'>, id: string): boolean {
  return plan.orders !== undefined && Object.hasOwn(plan.orders, id);
}
