import { isValidIsoDate } from '../language/dates.js';
import { text } from '../messages.js';
import { listAppendixSlips } from './appendix-citations.js';
import { listTextAppendixSlips } from './cited-appendices.js';
import { documentIds } from './document-ids.js';
import { type Citation, isSameNumber, listCitations, readCitations } from './order-citations.js';
import type { Plan } from './schema/plan.js';
import { forEachText } from './typed-texts.js';

/** A cross-reference typed in a document's text that contradicts the plan: an error when it is certainly wrong. */
export type ReferenceSlip = {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly warning: boolean;
};

type Act = { readonly id: string; readonly number: string; readonly date: string; readonly own: boolean };

const shown = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Acts a document's text cites by date and number («от 02.09.2025 № 214-о»), against the acts of the plan:
 * «настоящему приказу от … № …» that is not this order, an act dated after the order citing it (an amending
 * order dated before the order it amends), and an order's own number with another date of its year or of its day
 * in another year (a date left from last year's plan: «приказом от 28.08.2025 № 301-од» in 301-од of 28.08.2026)
 * are errors (the own number with another date otherwise a warning); a number of an own order of the plan cited with another
 * date of the same year is a warning (the text may cite another issuer's act) — an error in a document attached to
 * that very order; the date of one order of the plan with a number no act has is a warning. Then the appendices
 * the texts cite (appendix-citations.ts for an order's clauses, cited-appendices.ts for «приложение 3 к приказу …»).
 */
export function findReferenceSlips(plan: Plan): ReferenceSlip[] {
  const ids = documentIds(plan);
  const acts: Act[] = [
    ...Object.entries(plan.orders ?? {}).map(([id, act]) => ({ id, ...act, own: act.issuer === undefined })),
    ...plan.documents.flatMap((doc, i) =>
      doc.type === 'order' ? [{ id: ids[i]!, number: doc.number, date: doc.date, own: true }] : [],
    ),
  ];
  const slips: ReferenceSlip[] = [];
  plan.documents.forEach((doc, i) => {
    const at = ['documents', i];
    if (doc.type !== 'order') {
      const attachedTo = plan.documents.flatMap((o, j) =>
        o.type === 'order' && o.appendices?.includes(ids[i]!) ? [ids[j]!] : [],
      );
      // Only a text that may cite an act («№») or an appendix: the path is copied for those alone.
      forEachText(doc, at, (written, stack) => {
        if (!written.includes('№') && !written.includes('риложени')) return;
        const path = [...stack];
        for (const cited of readCitations(written, path)) checkAct(cited, ids[i]!, undefined, attachedTo);
        slips.push(...listTextAppendixSlips(written, plan, ids, path));
      });
      return;
    }
    for (const cited of listCitations(doc, at)) checkAct(cited, ids[i]!, doc, []);
    slips.push(...listAppendixSlips(doc, plan, ids, at));
  });
  return slips;

  /** `self` is the citing document, `order` it if it is an order; `attachedTo` the orders it is an appendix of. */
  function checkAct(
    cited: Citation,
    self: string,
    order: { number: string; date: string } | undefined,
    attachedTo: readonly string[],
  ) {
    const error = (message: string) => slips.push({ path: cited.path, message, warning: false });
    const warn = (message: string) => slips.push({ path: cited.path, message, warning: true });
    const dated = order !== undefined && isValidIsoDate(order.date);
    if (order !== undefined && cited.own) {
      if (!isSameNumber(cited.number, order.number) || (dated && cited.date !== order.date))
        error(text.ownCitationWrong(cited.written, order.number, dated ? shown(order.date) : undefined));
      return;
    }
    if (dated && cited.date > order.date) return error(text.citesLaterAct(cited.written, shown(order.date)));
    if (acts.some((act) => isSameNumber(act.number, cited.number) && act.date === cited.date)) return;
    if (dated && isSameNumber(cited.number, order.number)) {
      // Numbers restart each year: another year's act may have this number, unless the day is this one's too.
      const leftover =
        cited.date.slice(0, 4) === order.date.slice(0, 4) || cited.date.slice(5) === order.date.slice(5);
      if (leftover) return error(text.citesOwnNumber(cited.written, order.number, shown(order.date)));
      return warn(text.citesOwnNumberOtherYear(cited.written, order.number, shown(order.date)));
    }
    const sameNumber = acts.find(
      (act) =>
        act.own &&
        isSameNumber(act.number, cited.number) &&
        isValidIsoDate(act.date) &&
        act.date.slice(0, 4) === cited.date.slice(0, 4),
    );
    if (sameNumber && attachedTo.includes(sameNumber.id))
      return error(text.attachedCitesOrderDate(cited.written, sameNumber.id, shown(sameNumber.date)));
    if (sameNumber)
      return warn(
        text.citedDateDiffers(cited.written, sameNumber.id, sameNumber.number, shown(sameNumber.date)),
      );
    const sameDay = acts.filter((act) => act.own && act.id !== self && act.date === cited.date);
    if (sameDay.length === 1 && !acts.some((act) => isSameNumber(act.number, cited.number)))
      warn(text.citedNumberDiffers(cited.written, sameDay[0]!.id, sameDay[0]!.number));
  }
}
