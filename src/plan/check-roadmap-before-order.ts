import { isValidIsoDate } from '../language/dates.js';
import { formatTerm, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import { findApprovingClauses } from './approving-orders.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Term } from './schema/term.js';
import type { Report } from './validate.js';

/** A stage or an event of a roadmap: which of the two, its title or activity, and its term. */
type Dated = { readonly stage: boolean; readonly name: string; readonly term: Term };

/**
 * An order approves a roadmap for what is still to be done: when the roadmap's first term (its first stage's or
 * event's, as printed) starts before the order is signed — its first month or day lies before the order's date
 * («сентябрь 2026 г.» in a roadmap approved on 15.10.2026) — the order's date or the roadmap's terms are wrong. A
 * warning at the order's date naming that term. A term of the order's own month passes, and so does a first term
 * «до …» (what was prepared before the approval); later events before the order are left alone, as real roadmaps
 * list what was done on the way. The roadmaps an order approves in a clause and appends, or that name it in
 * `approval`.
 */
export function checkRoadmapBeforeOrder(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const approving = findApprovingClauses(plan);
  const style = plan.settings?.date_style ?? 'numeric';
  plan.documents.forEach((doc, i) => {
    if (doc.type !== 'roadmap') return;
    const byStamp = doc.approval !== undefined && 'order' in doc.approval ? doc.approval.order : undefined;
    const orderId = approving.get(ids[i]!)?.order ?? byStamp;
    const o = orderId === undefined ? -1 : ids.indexOf(orderId);
    const order = plan.documents[o];
    if (order?.type !== 'order' || !isValidIsoDate(order.date)) return;
    const early = listDated(doc)[0];
    if (early === undefined || !startsBefore(early.term, order.date)) return;
    const shown = formatTerm(early.term, style).replace(/\u00A0/g, ' ');
    report(
      ['documents', o, 'date'],
      text.roadmapStartsBeforeOrder(ids[i]!, early.stage, early.name, shown, order.date),
    );
  });
}

/** The stages and events of a roadmap in the order they are printed: a stage, then its events. */
function listDated(roadmap: {
  readonly stages?: readonly { title: string; term?: Term; items: readonly Item[] }[] | undefined;
  readonly items?: readonly Item[] | undefined;
}): Dated[] {
  const stages = (roadmap.stages ?? []).flatMap((stage) => [
    ...(stage.term === undefined ? [] : [{ stage: true, name: stage.title, term: stage.term }]),
    ...listItems(stage.items),
  ]);
  return [...stages, ...listItems(roadmap.items ?? [])];
}

type Item = {
  readonly activity?: string | undefined;
  readonly term?: Term | undefined;
  readonly items?: readonly Item[] | undefined;
};

function listItems(items: readonly Item[]): Dated[] {
  return items.flatMap((item) => [
    ...(item.term === undefined ? [] : [{ stage: false, name: item.activity ?? '', term: item.term }]),
    ...listItems(item.items ?? []),
  ]);
}

/** Whether a term's first month or day — a date, a month, the start of a range, the first of a list — is over by `date`. */
function startsBefore(term: Term, date: string): boolean {
  const first = Array.isArray(term) ? term[0] : typeof term === 'object' ? term.from : term;
  if (first === undefined) return false;
  const end = termBounds(first)?.end;
  return end !== undefined && end < date;
}
