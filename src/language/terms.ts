/**
 * Terms (сроки): a day, a month, a year, a range, a deadline, a list, or free text, rendered the way the
 * domain spec's «Срок» cells are written. No-break spaces keep dates whole; ranges of words take « – ».
 */

import type { Term, TermPoint } from '../plan/schema/term.js';
import { countDaysInMonth, type DateStyle } from './dates.js';
import { type ClassifiedPoint, classifyPoint, formatPointWith, formatTermWith } from './term-text.js';
import { typographText } from './typography.js';

export type { ClassifiedPoint, Term, TermPoint };
export { classifyPoint };

/** Free text («сентябрь - октябрь 2025 г.», «в течение года») is typeset as every other text of the plan. */
const typeset = (text: string) => typographText(text);

/** Formats a single point: a date in the given style, «октябрь 2021 г.», «2021 г.», or the text as written. */
export function formatPoint(p: TermPoint, style: DateStyle): string {
  return formatPointWith(p, style, typeset);
}

/**
 * Renders a term for a document: «сентябрь – октябрь 2021 г.», «до 12.10.2020», «ежегодно» …
 * Terms stand in narrow table columns, so a line may break between a month and its year
 * («15 сентября | 2020 г.»), never inside a number or before «г.».
 */
export function formatTerm(term: Term, style: DateStyle): string {
  return formatTermWith(term, style, typeset);
}

/** Returns the first and last day (YYYY-MM-DD) a classified point covers. */
function boundPoint(c: ClassifiedPoint): { start: string; end: string } {
  if (c.kind === 'date') return { start: c.value, end: c.value };
  if (c.kind === 'year') return { start: `${c.value}-01-01`, end: `${c.value}-12-31` };
  const [year, month] = c.value.split('-') as [string, string];
  const last = countDaysInMonth(Number(year), Number(month));
  return { start: `${c.value}-01`, end: `${c.value}-${String(last).padStart(2, '0')}` };
}

/**
 * Gives the first and last day a term names: the earliest start and latest end of its dated points
 * (`{until: 2020-10}` covers October, `{from: 2021-09}` covers September; free-text points are skipped);
 * undefined when nothing is dated.
 */
export function termBounds(term: Term): { start: string; end: string } | undefined {
  const points = Array.isArray(term)
    ? term
    : typeof term === 'object'
      ? [term.from, term.to, term.until].filter((p): p is TermPoint => p !== undefined)
      : [term];
  const bounds = points.flatMap((p) => {
    const c = classifyPoint(p);
    return c ? [boundPoint(c)] : [];
  });
  if (bounds.length === 0) return undefined;
  const starts = bounds.map((b) => b.start).toSorted();
  const ends = bounds.map((b) => b.end).toSorted();
  return { start: starts[0]!, end: ends[ends.length - 1]! };
}
