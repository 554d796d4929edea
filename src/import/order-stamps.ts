import { actFormsPattern } from '../language/act-kinds.js';
import { importText } from '../messages.js';
import type { ApprovedMark, ImportState, PlanDoc } from './import-state.js';
import type { PlanPath } from './notes.js';
import { type OrderRef, toOrderId } from './recognise/order-ref.js';
import type { ReadStamp } from './recognise/stamps.js';

type Mark = Extract<ReadStamp, { kind: 'appendixMark' }>;
type ByOrder = Extract<ReadStamp, { kind: 'byOrder' }>;

/**
 * «Приложение N к приказу …» and «УТВЕРЖДЕНО приказом …» at the top of a document → the plan's keys. With the order
 * in the file the mark is gramota's to write and the stamp is `approval: { order }`; a mark over the stamp is
 * remembered for `settings.appendix_mark` (compose-plan.ts). Without it, an order the mark or the stamp cites
 * by date and number goes into `orders:`, the mark is `appendix_to` and the stamp `approval: { order }` of it.
 */
export function applyOrderStamps(
  doc: PlanDoc,
  stamps: readonly ReadStamp[],
  state: ImportState,
  path: PlanPath,
  order: PlanDoc | undefined,
): PlanDoc {
  const mark = stamps.find((s): s is Mark => s.kind === 'appendixMark');
  const byOrder = stamps.find((s): s is ByOrder => s.kind === 'byOrder');
  if (order) {
    if (mark?.number !== undefined) state.appendixNumbers.set(Number(path[1]), mark.number);
    if (byOrder) state.approvedMarks.push(toApprovedMark(mark));
    return byOrder ? { ...doc, approval: { order: order.id } } : doc;
  }
  const out = { ...doc };
  const markOrder = mark?.order && addOrder(mark.order, state);
  if (mark?.application !== undefined)
    out.appendix_to = { application: mark.application, ...(mark.number && { number: mark.number }) };
  else if (mark && markOrder)
    out.appendix_to = { order: markOrder, ...(mark.number && { number: mark.number }) };
  else if (mark) state.notes.push({ path, text: importText.markWithoutOrder(mark.text) });
  // A stamp without its own date and number approves by the order the mark names.
  const stampOrder = byOrder && (byOrder.order ? addOrder(byOrder.order, state) : markOrder);
  if (stampOrder) out.approval = { order: stampOrder };
  else if (byOrder) state.notes.push({ path, text: importText.orderStampMissing });
  if (byOrder && markOrder && stampOrder === markOrder) state.approvedMarks.push(toApprovedMark(mark));
  return out;
}

const markCitesAct = new RegExp(`к\\s+(?:${actFormsPattern('dative')})(?![а-яё])`, 'i');

/** «Приложение 1» alone over the stamp, or with the order it belongs to («к приказу … от … № …»). */
function toApprovedMark(mark: Mark | undefined): ApprovedMark {
  if (!mark) return 'none';
  return markCitesAct.test(mark.text) ? 'full' : 'number';
}

/** The id of the order in `orders:`, added there unless an order of that date and number is there already. */
function addOrder(ref: OrderRef, state: ImportState): string {
  const known = Object.entries(state.orders).find(([, o]) => o.number === ref.number && o.date === ref.date);
  if (known) return known[0];
  const id = toOrderId(ref, new Set(Object.keys(state.orders)));
  state.orders[id] = ref;
  return id;
}
