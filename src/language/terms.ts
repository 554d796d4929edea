/**
 * Terms (сроки): a day, a month, a year, a range, a deadline, a list, or free text, rendered the way the
 * domain spec's «Срок» cells are written. No-break spaces keep dates whole; ranges of words take « – ».
 */

import type { Term, TermPoint } from '../plan/schema/term.js';
import {
  countDaysInMonth,
  type DateStyle,
  formatDate,
  formatMonth,
  formatYear,
  isValidIsoDate,
  isValidYear,
  isValidYearMonth,
  monthsGenitive,
  monthsNominative,
} from './dates.js';
import { typographText } from './typography.js';

export type { Term, TermPoint };

/** A point that is a date, a month or a year, with its canonical string value. */
export type ClassifiedPoint = { kind: 'date' | 'month' | 'year'; value: string };

const nbsp = '\u00A0';
const rangeDash = `${nbsp}– `;

/** Tells a date, month or year apart; undefined means free text (including impossible dates like 2021-02-30). */
export function classifyPoint(p: TermPoint): ClassifiedPoint | undefined {
  const value = typeof p === 'number' ? (Number.isInteger(p) ? String(p) : '') : p.trim();
  if (isValidIsoDate(value)) return { kind: 'date', value };
  if (isValidYearMonth(value)) return { kind: 'month', value };
  if (isValidYear(value)) return { kind: 'year', value };
  return undefined;
}

/** Formats a single point: a date in the given style, «октябрь 2021 г.», «2021 г.», or the text as written. */
export function formatPoint(p: TermPoint, style: DateStyle): string {
  const c = classifyPoint(p);
  // Free text («сентябрь - октябрь 2025 г.», «в течение года») is typeset as every other text of the plan.
  if (!c) return typeof p === 'string' ? typographText(p) : String(p);
  if (c.kind === 'date') return formatDate(c.value, style);
  return c.kind === 'month' ? formatMonth(c.value) : formatYear(c.value);
}

/** Formats a point for use after «до»/«с»: the month goes to the genitive («октября 2020 г.»). */
function formatPointGenitive(p: TermPoint, style: DateStyle): string {
  const c = classifyPoint(p);
  if (c?.kind !== 'month') return formatPoint(p, style);
  const [year, month] = c.value.split('-') as [string, string];
  return `${monthsGenitive[Number(month) - 1]}${nbsp}${formatYear(year)}`;
}

/** Formats a from–to range, merging the shared year (and month) where the domain spec does. */
function formatRange(from: TermPoint, to: TermPoint, style: DateStyle): string {
  const a = classifyPoint(from);
  const b = classifyPoint(to);
  if (a && b && a.kind === b.kind) {
    if (a.value === b.value) return formatPoint(from, style);
    const [ya, ma, da] = a.value.split('-') as [string, string?, string?];
    const [yb, mb] = b.value.split('-') as [string, string?];
    if (a.kind === 'year') return `${ya}–${yb}${nbsp}гг.`;
    if (a.kind === 'month' && ya === yb) {
      return `${monthsNominative[Number(ma) - 1]}${rangeDash}${formatMonth(b.value)}`;
    }
    if (a.kind === 'date' && style === 'words' && ya === yb) {
      if (ma === mb) return `${Number(da)}–${formatDate(b.value, style)}`;
      return `${Number(da)}${nbsp}${monthsGenitive[Number(ma) - 1]}${rangeDash}${formatDate(b.value, style)}`;
    }
  }
  return `${formatPoint(from, style)}${rangeDash}${formatPoint(to, style)}`;
}

/**
 * Renders a term for a document: «сентябрь – октябрь 2021 г.», «до 12.10.2020», «ежегодно» …
 * Terms stand in narrow table columns, so a line may break between a month and its year
 * («15 сентября | 2020 г.»), never inside a number or before «г.».
 */
export function formatTerm(term: Term, style: DateStyle): string {
  return formatTermUnbroken(term, style).replace(/([а-яё])\u00A0(\d{4})/g, '$1 $2');
}

function formatTermUnbroken(term: Term, style: DateStyle): string {
  if (Array.isArray(term)) return term.map((p) => formatPoint(p, style)).join(', ');
  if (typeof term !== 'object') return formatPoint(term, style);
  const { from, to, until } = term;
  if (from !== undefined && to !== undefined) return formatRange(from, to, style);
  if (from !== undefined && until !== undefined) {
    return `с ${formatPointGenitive(from, style)} до ${formatPointGenitive(until, style)}`;
  }
  if (from !== undefined) return `с ${formatPointGenitive(from, style)}`;
  if (to !== undefined) return `по ${formatPoint(to, style)}`;
  if (until !== undefined) return `до ${formatPointGenitive(until, style)}`;
  return '';
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
