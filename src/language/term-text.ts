import type { Term, TermPoint } from '../plan/schema/term.js';
import {
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

/**
 * Terms as text (terms.ts says how they read), with `freeText` for the points that are not dates: the documents typeset
 * them (terms.ts), the studio's table of rows shows them as written — and needs no typograf in the page to do so.
 */
const nbsp = '\u00A0';
const rangeDash = `${nbsp}– `;

/** A point that is a date, a month or a year, with its canonical string value. */
export type ClassifiedPoint = { kind: 'date' | 'month' | 'year'; value: string };

/** Tells a date, month or year apart; undefined means free text (including impossible dates like 2021-02-30). */
export function classifyPoint(p: TermPoint): ClassifiedPoint | undefined {
  const value = typeof p === 'number' ? (Number.isInteger(p) ? String(p) : '') : p.trim();
  if (isValidIsoDate(value)) return { kind: 'date', value };
  if (isValidYearMonth(value)) return { kind: 'month', value };
  if (isValidYear(value)) return { kind: 'year', value };
  return undefined;
}

/** What a point that is no date becomes: typeset text in a document, the text as written in the studio. */
export type FreeText = (text: string) => string;

/** Formats a single point: a date in the given style, «октябрь 2021 г.», «2021 г.», or the free text. */
export function formatPointWith(p: TermPoint, style: DateStyle, freeText: FreeText): string {
  const c = classifyPoint(p);
  if (!c) return typeof p === 'string' ? freeText(p) : String(p);
  if (c.kind === 'date') return formatDate(c.value, style);
  return c.kind === 'month' ? formatMonth(c.value) : formatYear(c.value);
}

/** Formats a point for use after «до»/«с»: the month goes to the genitive («октября 2020 г.»). */
function formatPointGenitive(p: TermPoint, style: DateStyle, freeText: FreeText): string {
  const c = classifyPoint(p);
  if (c?.kind !== 'month') return formatPointWith(p, style, freeText);
  const [year, month] = c.value.split('-') as [string, string];
  return `${monthsGenitive[Number(month) - 1]}${nbsp}${formatYear(year)}`;
}

/** Formats a from–to range, merging the shared year (and month) where the domain spec does. */
function formatRange(from: TermPoint, to: TermPoint, style: DateStyle, freeText: FreeText): string {
  const a = classifyPoint(from);
  const b = classifyPoint(to);
  if (a && b && a.kind === b.kind) {
    if (a.value === b.value) return formatPointWith(from, style, freeText);
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
  const [start, end] = [from, to].map((p) => formatPointWith(p, style, freeText));
  return `${start}${rangeDash}${end}`;
}

/** A term as its text (terms.ts formatTerm): a line may break between a month and its year, never before «г.». */
export function formatTermWith(term: Term, style: DateStyle, freeText: FreeText): string {
  return formatTermUnbroken(term, style, freeText).replace(/([а-яё])\u00A0(\d{4})/g, '$1 $2');
}

function formatTermUnbroken(term: Term, style: DateStyle, freeText: FreeText): string {
  const point = (p: TermPoint) => formatPointWith(p, style, freeText);
  const genitive = (p: TermPoint) => formatPointGenitive(p, style, freeText);
  if (Array.isArray(term)) return term.map(point).join(', ');
  if (typeof term !== 'object') return point(term);
  const { from, to, until } = term;
  if (from !== undefined && to !== undefined) return formatRange(from, to, style, freeText);
  if (from !== undefined && until !== undefined) return `с ${genitive(from)} до ${genitive(until)}`;
  if (from !== undefined) return `с ${genitive(from)}`;
  if (to !== undefined) return `по ${point(to)}`;
  if (until !== undefined) return `до ${genitive(until)}`;
  return '';
}
