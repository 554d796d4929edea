import { monthsGenitive, monthsNominative, monthsPrepositional } from '../language/dates.js';
import { formatPoint, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import type { Path } from './list-items.js';
import type { Plan, PlanDocument } from './schema/plan.js';
import { forEachTypedText } from './typed-texts.js';
import type { Report } from './validate.js';
import { isInQuotes, toWritten, yearPhrase } from './year-phrases.js';

const space = '[\\s\\u00A0]+';
const months = [...monthsGenitive, ...monthsPrepositional, ...monthsNominative].join('|');
/**
 * A day or a month with its year — «до 31 декабря 2031 г.», «31.12.2031», «в декабре 2031 года», «декабрь 2031 г.».
 * Captures the year.
 */
const datedPhrase = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:до|к|по|с|в|на)${space})?(?:\\d{1,2}\\.\\d{1,2}\\.|(?:\\d{1,2}${space})?(?:${months})${space})(\\d{4})(?!\\d)(?:[\\s\\u00A0]*(?:г\\.|год\\p{L}*))?`,
  'giu',
);
const anyYear = /(?<!\d)(\d{4})(?!\d)/g;
/** A term the schema read as a date, a month or a year: checked against the period as an error (check-term.ts). */
const structuredPoint = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A year after the project's last year in a text — «до 31 декабря 2031 г.» in a project of 09.2026–06.2027: almost
 * always a slip of the year (2031 for 2027) that would print a wrong document. A warning at the text, as for a year
 * before the project (check-old-years.ts): the text is read by its words, and a later year may be meant (what is
 * planned after the project). Read are a term written as text (any year in it), and the phrases that plan: «на 2031
 * год», «на 2031/2032 учебный год» anywhere in the documents; «в 2031 году» and a date with its year in a document's
 * title, an order's clauses and a roadmap's rows. A year no later than the period's last (the next academic year
 * planned in the project's last months), ranges of years («на 2026–2031 годы», a programme's) and names in quotes
 * pass; a plan without `project.period` has no years to compare with. Structured terms, terms written as text that
 * read as dates («IV квартал 2031 г.», language/term-spans.ts) and stamps after the period are errors elsewhere
 * (check-term.ts, check-stamp-dates.ts): a valid plan, the only one warned, has none.
 */
export function checkLaterYears(plan: Plan, report: Report): void {
  const period = plan.project?.period;
  const from = period && termBounds(period.from)?.start;
  const to = period && termBounds(period.to)?.end;
  if (from === undefined || to === undefined) return;
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  const years = first === last ? `в ${last} году` : `в ${first}–${last} годах`;
  const shown = `${formatPoint(period!.from, 'words')} — ${formatPoint(period!.to, 'words')}`.replace(
    /\u00A0/g,
    ' ',
  );
  forEachTypedText(plan.documents, (value, at) => {
    if (structuredPoint.test(value) || !namesYearAfter(value, last)) return;
    const doc = plan.documents[at[1] as number]!;
    for (const { written, year } of findLaterPhrases(value, last, at, doc))
      report([...at], text.yearAfterPeriod(written, year, years, shown));
  });
}

/** The phrases of a text that name a year after `last`, each once. */
function findLaterPhrases(value: string, last: number, at: Path, doc: PlanDocument) {
  if (at.includes('term')) {
    const year = [...value.matchAll(anyYear)].find((m) => Number(m[1]) > last)?.[1];
    return year === undefined ? [] : [{ written: toWritten(value.trim()), year }];
  }
  const instruction =
    at[2] === 'title' ||
    (doc.type === 'order' && at[2] === 'clauses') ||
    (doc.type === 'roadmap' && (at[2] === 'items' || at[2] === 'stages'));
  const found = new Map<number, { written: string; year: string }>();
  for (const m of value.matchAll(yearPhrase)) {
    const [, preposition, year, second, academic] = m;
    // A range of calendar years («на 2026–2031 годы») may be a cited programme's.
    if (second !== undefined && (academic === undefined || Number(second) !== Number(year) + 1)) continue;
    if (!instruction && preposition!.toLowerCase() !== 'на' && academic === undefined) continue;
    const index = m.index + m[0].indexOf(year!);
    if (Number(year) > last && !isInQuotes(value, m.index))
      found.set(index, { written: toWritten(m[0]), year: year! });
  }
  if (instruction)
    for (const m of value.matchAll(datedPhrase)) {
      const index = m.index + m[0].lastIndexOf(m[1]!);
      if (Number(m[1]) > last && !found.has(index) && !isInQuotes(value, m.index))
        found.set(index, { written: toWritten(m[0]), year: m[1]! });
    }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, phrase]) => phrase);
}

/** Whether any year written in a text comes after `last`: the quick test before the phrases are read. */
function namesYearAfter(value: string, last: number): boolean {
  for (const m of value.matchAll(anyYear)) if (Number(m[1]) > last) return true;
  return false;
}
