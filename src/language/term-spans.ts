/**
 * The days a term written as text names, for comparing it with the project's period: «сент. 2026», «IV квартал
 * 2026 г.», «I полугодие 2027», «2026–2027 уч. год», «с 1 сентября по 15 октября 2026 г.», «ноябрь 2026 г., март
 * 2027 г.», «в течение 2026 года». Each dated part of the text is one span, as each point of a structured term is:
 * a range gives its start and its end, a list each of its terms. A month, a quarter or a day without its year
 * («сентябрь – декабрь 2026») takes the year of the part after it (before it, when it is last).
 */
import { countDaysInMonth } from './dates.js';
import { readTermTokens, type TermToken } from './term-tokens.js';

/** The first and last day of a part of a term, ISO. */
export type TermSpan = { readonly start: string; readonly end: string };

/** A part of a term read so far: months `first`–`last` (days `days` in them), its year when written. */
type Part = { first: number; last: number; days?: readonly [number, number]; year?: number };
type NumberToken = Extract<TermToken, { kind: 'number' }>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The spans of a term written as text; undefined when any of it is not read («ежегодно, сентябрь 2026»). */
export function readTermSpans(value: string): TermSpan[] | undefined {
  const tokens = readTermTokens(value);
  if (tokens === undefined) return undefined;
  const parts: (Part | TermSpan)[] = [];
  let numbers: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') {
      numbers.push(token);
      continue;
    }
    const made = readPart(token, numbers);
    if (made === undefined) return undefined;
    numbers = [];
    const next = tokens[i + 1];
    if (next?.kind === 'year' && made.every((part) => 'first' in part)) {
      for (const part of made) (part as Part).year = next.year;
      i++;
    }
    parts.push(...made);
  }
  if (numbers.length > 0 || parts.length === 0) return undefined;
  return toSpans(parts);
}

/** The parts a token makes with the numbers before it: days of a month, numbers of quarters or half-years. */
function readPart(
  token: Exclude<TermToken, NumberToken>,
  numbers: NumberToken[],
): (Part | TermSpan)[] | undefined {
  if (token.kind === 'part') {
    const count = 12 / token.months;
    if (numbers.length === 0 || numbers.some((n) => n.value < 1 || n.value > count)) return undefined;
    return numbers.map((n) => ({ first: (n.value - 1) * token.months + 1, last: n.value * token.months }));
  }
  if (token.kind === 'month') {
    if (numbers.some((n) => !n.digits || n.value < 1 || n.value > 31)) return undefined;
    const values = numbers.map((n) => n.value);
    const days = values.length === 0 ? undefined : ([Math.min(...values), Math.max(...values)] as const);
    return [{ first: token.month, last: token.month, ...(days && { days }) }];
  }
  if (numbers.length > 0) return undefined;
  if (token.kind === 'season') return [{ first: token.first, last: token.first + 2 }];
  if (token.kind === 'year') return [{ first: 1, last: 12, year: token.year }];
  return [{ start: token.start, end: token.end }];
}

/** Every part dated: a part without its year takes the next dated part's (the previous one's when it is last). */
function toSpans(parts: readonly (Part | TermSpan)[]): TermSpan[] | undefined {
  const spans: TermSpan[] = [];
  for (const [i, part] of parts.entries()) {
    if (!('first' in part)) {
      spans.push(part);
      continue;
    }
    const year = part.year ?? findYear(parts, i, part.first);
    if (year === undefined) return undefined;
    const [from, to] = part.days ?? [1, countDaysInMonth(year, part.last)];
    if (to > countDaysInMonth(year, part.last)) return undefined;
    spans.push({
      start: `${year}-${pad(part.first)}-${pad(from)}`,
      end: `${year}-${pad(part.last)}-${pad(to)}`,
    });
  }
  return spans;
}

/** The year of a part written without it, from the nearest dated part: December before «март 2027» is of 2026. */
function findYear(parts: readonly (Part | TermSpan)[], at: number, month: number): number | undefined {
  const dated = (part: Part | TermSpan) => ('first' in part ? part.year !== undefined : true);
  const next = parts.slice(at + 1).find(dated);
  if (next !== undefined) {
    const [year, first] = 'first' in next ? [next.year!, next.first] : toYearMonth(next.start);
    return month > first ? year - 1 : year;
  }
  const previous = parts.slice(0, at).findLast(dated);
  if (previous === undefined) return undefined;
  const [year, last] = 'first' in previous ? [previous.year!, previous.last] : toYearMonth(previous.end);
  return month < last ? year + 1 : year;
}

const toYearMonth = (iso: string): [number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
