import { isValidIsoDate } from '../language/dates.js';
import { text } from '../messages.js';
import { listAppendixSlips } from './appendix-citations.js';
import { documentIds } from './document-ids.js';
import { isSameNumber, listCitations } from './order-citations.js';
import type { Plan } from './schema/plan.js';

/** A cross-reference typed in an order's text that contradicts the plan: an error when it is certainly wrong. */
export type ReferenceSlip = {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly warning: boolean;
};

type Act = { readonly id: string; readonly number: string; readonly date: string; readonly own: boolean };

const shown = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Acts an order's text cites by date and number («от 02.09.2025 № 214-о»), against the acts of the plan:
 * «настоящему приказу от … № …» that is not this order, an act dated after the order citing it (an amending
 * order dated before the order it amends), and the order's own number with another date of its year or of its day
 * in another year (a date left from last year's plan: «приказом от 28.08.2025 № 301-од» in 301-од of 28.08.2026)
 * are errors; the own number with another date is a warning; a number of an own order of the plan cited with another
 * date of the same year, or the date of one order of the plan with a number no act has, are warnings (the text may
 * cite another issuer's act). Then the appendices the clauses cite (appendix-citations.ts).
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
    if (doc.type !== 'order') return;
    const dated = isValidIsoDate(doc.date);
    for (const cited of listCitations(doc, ['documents', i])) {
      const error = (message: string) => slips.push({ path: cited.path, message, warning: false });
      const warn = (message: string) => slips.push({ path: cited.path, message, warning: true });
      if (cited.own) {
        if (!isSameNumber(cited.number, doc.number) || (dated && cited.date !== doc.date))
          error(text.ownCitationWrong(cited.written, doc.number, dated ? shown(doc.date) : undefined));
        continue;
      }
      if (dated && cited.date > doc.date) {
        error(text.citesLaterAct(cited.written, shown(doc.date)));
        continue;
      }
      if (acts.some((act) => isSameNumber(act.number, cited.number) && act.date === cited.date)) continue;
      if (dated && isSameNumber(cited.number, doc.number)) {
        // Numbers restart each year: another year's act may have this number, unless the day is this one's too.
        const leftover =
          cited.date.slice(0, 4) === doc.date.slice(0, 4) || cited.date.slice(5) === doc.date.slice(5);
        if (leftover) error(text.citesOwnNumber(cited.written, doc.number, shown(doc.date)));
        else warn(text.citesOwnNumberOtherYear(cited.written, doc.number, shown(doc.date)));
        continue;
      }
      const sameNumber = acts.find(
        (act) =>
          act.own &&
          isSameNumber(act.number, cited.number) &&
          isValidIsoDate(act.date) &&
          act.date.slice(0, 4) === cited.date.slice(0, 4),
      );
      if (sameNumber) {
        warn(text.citedDateDiffers(cited.written, sameNumber.id, sameNumber.number, shown(sameNumber.date)));
        continue;
      }
      const sameDay = acts.filter((act) => act.own && act.id !== ids[i] && act.date === cited.date);
      if (sameDay.length === 1 && !acts.some((act) => isSameNumber(act.number, cited.number)))
        warn(text.citedNumberDiffers(cited.written, sameDay[0]!.id, sameDay[0]!.number));
    }
    slips.push(...listAppendixSlips(doc, plan, ids, ['documents', i]));
  });
  return slips;
}
