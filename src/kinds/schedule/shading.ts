import { classifyPoint, type Term, type TermPoint, termBounds } from '../../language/terms.js';
import { type MonthSpan, toMonthIndex } from './columns.js';

/**
 * Which months a term covers in the calendar plan-graph (docs/format.md, «Календарный план-график»):
 * a date or a month — its month; a year — its twelve months; «from … to …» — every month between;
 * «до …» and «по …» — the month of the deadline; «с …» — from then to the end of the enclosing span
 * (the stage's term, or the project's period); a list — each of its points. Words («ежегодно», «постоянно»)
 * cover the enclosing span and are named in the note under the table.
 */
export type Coverage = {
  readonly spans: readonly MonthSpan[];
  readonly words: readonly string[];
  /** Whether the spans come from dates (false: from words, over the enclosing span). */
  readonly dated: boolean;
};

export function coverTerm(term: Term, enclosing: MonthSpan): Coverage {
  if (Array.isArray(term)) {
    // A list of dates and words («[2025-12, по запросу]»): the dates are shaded, the words only named in the note.
    const dated = term.flatMap((point) => toSpan(point) ?? []);
    const words = term.filter((point) => toSpan(point) === undefined).map(String);
    return { spans: dated.length > 0 ? dated : [enclosing], words, dated: dated.length > 0 };
  }
  if (typeof term !== 'object') return coverPoint(term, enclosing);
  const { from, to, until } = term;
  const end = to ?? until;
  if (from !== undefined) {
    const first = toSpan(from);
    const last = end === undefined ? { first: enclosing.last, last: enclosing.last } : toSpan(end);
    if (first && last)
      return {
        spans: [{ first: first.first, last: Math.max(first.last, last.last) }],
        words: [],
        dated: true,
      };
  }
  const deadline = end === undefined ? undefined : toSpan(end);
  if (deadline) return { spans: [{ first: deadline.last, last: deadline.last }], words: [], dated: true };
  const words = [from, to, until].filter(
    (p): p is TermPoint => p !== undefined && classifyPoint(p) === undefined,
  );
  return { spans: [enclosing], words: words.map(String), dated: false };
}

function coverPoint(point: TermPoint, enclosing: MonthSpan): Coverage {
  const span = toSpan(point);
  return span
    ? { spans: [span], words: [], dated: true }
    : { spans: [enclosing], words: [String(point)], dated: false };
}

/** The months a dated point covers; undefined for words. */
export function toSpan(point: TermPoint): MonthSpan | undefined {
  const bounds = classifyPoint(point) ? termBounds(point) : undefined;
  return bounds && { first: toMonthIndex(bounds.start), last: toMonthIndex(bounds.end) };
}

/** The months of a whole term, words aside (a stage's own term as the span its items' words cover). */
export function toTermSpan(term: Term): MonthSpan | undefined {
  const bounds = termBounds(term);
  return bounds && { first: toMonthIndex(bounds.start), last: toMonthIndex(bounds.end) };
}

/** Whether any span covers any month of a column. */
export function overlaps(spans: readonly MonthSpan[], column: MonthSpan): boolean {
  return spans.some((s) => s.first <= column.last && s.last >= column.first);
}

/** The project's period as months, when both its ends are dated. */
export function toPeriodSpan(period: { from: TermPoint; to: TermPoint } | undefined): MonthSpan | undefined {
  const from = period && toSpan(period.from);
  const to = period && toSpan(period.to);
  return from && to && from.first <= to.last ? { first: from.first, last: to.last } : undefined;
}
