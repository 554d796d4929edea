import type { Document } from 'yaml';
import { type DateStyle, isValidIsoDate } from '../language/dates.js';
import { readRussianTermPoint } from '../language/read-date.js';
import { formatTermWith } from '../language/term-text.js';
import type { Term, TermPoint } from '../plan/schema/term.js';

/**
 * A term in the studio's table of rows as the document prints it (language/term-text.ts): `2025-10` reads «октябрь
 * 2025 г.», `{ from: 2025-09, to: 2025-12 }` «сентябрь – декабрь 2025 г.», a date as the plan's date style writes
 * it; text that is no date stays as written (the page has no typograf). Its no-break spaces stay, so that a narrow
 * cell never puts «г.» on a line of its own. None for a value that is no term yet (the user is typing it): the table
 * then shows it as written.
 */
export function showTerm(value: unknown, style: DateStyle): string | undefined {
  const term = readTerm(value);
  return term === undefined ? undefined : formatTermWith(term, style, (t) => t);
}

/** The plan's `settings.date_style`, as the documents read it: numeric unless it says words. */
export function readDateStyle(document: Document): DateStyle {
  return document.getIn(['settings', 'date_style']) === 'words' ? 'words' : 'numeric';
}

/**
 * The term a value typed in a term's cell writes into the plan: a date, month or year in the plan's own form
 * («октябрь 2025 г.» → 2025-10, «15.09.2025» → 2025-09-15), any other text as typed, its no-break spaces (from
 * the term shown) plain ones. A date not in the calendar («32.05.2021») stays as typed too: the plan's check then
 * names it as she wrote it, not as «2021-05-32».
 */
export function toPlanTerm(typed: string): string {
  const text = typed.replace(/\u00A0/g, ' ');
  const point = readRussianTermPoint(text);
  return point !== undefined && isCalendarPoint(point) ? point : text;
}

/** A year, a month 01–12, or a date the calendar has. */
function isCalendarPoint(point: string): boolean {
  const [, month, day] = point.split('-');
  if (day !== undefined) return isValidIsoDate(point);
  return month === undefined || (Number(month) >= 1 && Number(month) <= 12);
}

/** The plan's value as a term, its points read as the plan's schema reads them (plan/schema/term.ts). */
function readTerm(value: unknown): Term | undefined {
  if (Array.isArray(value)) {
    const points = value.map(readPoint);
    return points.length > 0 && points.every((p) => p !== undefined) ? (points as TermPoint[]) : undefined;
  }
  if (typeof value !== 'object' || value === null) return readPoint(value);
  const range: Record<string, TermPoint> = {};
  for (const [key, point] of Object.entries(value)) {
    const read = readPoint(point);
    if (!['from', 'to', 'until'].includes(key) || read === undefined) return undefined;
    range[key] = read;
  }
  return Object.keys(range).length > 0 ? range : undefined;
}

/** A point as the schema reads it; a date the calendar has not («32.13.2020») as written, as the check names it. */
function readPoint(value: unknown): TermPoint | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const point = readRussianTermPoint(value.trim());
  return point !== undefined && isCalendarPoint(point) ? point : value;
}
