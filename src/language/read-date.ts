/**
 * Dates and months as Russians write them, read into the plan's own forms: «01.09.2025» and «1 сентября 2025 г.»
 * → 2025-09-01, «сентябрь 2025 г.» → 2025-09, «2025 г.» → 2025. Whether the date exists is checked elsewhere.
 */
import { monthsGenitive, monthsNominative } from './dates.js';

const pad = (n: string) => n.padStart(2, '0');
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$/u;
const inWords = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})(?:\s*(?:г\.?|года))?$/u;
const monthInWords = /^(\p{L}+)\s+(\d{4})(?:\s*(?:г\.?|года))?$/u;
const yearInWords = /^(\d{4})\s*(?:г\.?|года?)$/u;

/** A full date in a Russian form → 'YYYY-MM-DD' (possibly not a calendar date); undefined for any other text. */
export function readRussianDate(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const d = dotted.exec(clean);
  if (d) return `${d[3]}-${pad(d[2]!)}-${pad(d[1]!)}`;
  const w = inWords.exec(clean);
  const month = w ? monthsGenitive.indexOf(w[2] as (typeof monthsGenitive)[number]) : -1;
  return w && month >= 0 ? `${w[3]}-${pad(String(month + 1))}-${pad(w[1]!)}` : undefined;
}

/** A date, «сентябрь 2025 г.» or «2025 г.» → the plan's 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; else undefined. */
export function readRussianTermPoint(text: string): string | undefined {
  const date = readRussianDate(text);
  if (date) return date;
  const clean = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const m = monthInWords.exec(clean);
  const month = m ? monthsNominative.indexOf(m[1] as (typeof monthsNominative)[number]) : -1;
  if (m && month >= 0) return `${m[2]}-${pad(String(month + 1))}`;
  return yearInWords.exec(clean)?.[1];
}

/**
 * Text that looks like a date, month or range but is no form gramota reads («2020-9», «2020-09-01 - 2020-09-15»,
 * «1.9.25»): digits joined by - . / and spaces, and nothing else.
 */
export function looksLikeBrokenDate(text: string): boolean {
  return /^\d[\d\s./–—-]*\d$/u.test(text.trim()) && /\d[./–—-]/u.test(text);
}

/**
 * «2020-09-01 - 2020-09-15», «01.09.2020–15.09.2020», «2020-2021», «сентябрь — декабрь 2026»: two points with a dash
 * between, in the plan's forms; a month without its year takes the year of the month after the dash.
 */
export function splitDateRange(text: string): readonly [string, string] | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!'-–—'.includes(text[i]!)) continue;
    const to = readPlanPoint(text.slice(i + 1));
    const from = to && (readPlanPoint(text.slice(0, i)) ?? readMonthOfYear(text.slice(0, i), to));
    if (from && to) return [from, to];
  }
  return undefined;
}

/** «сентябрь» before «декабрь 2026»: the month in the year of the point after it, when that point is a month. */
function readMonthOfYear(month: string, after: string): string | undefined {
  const index = monthsNominative.indexOf(month.trim().toLowerCase() as (typeof monthsNominative)[number]);
  return index >= 0 && /^\d{4}-\d{2}$/.test(after)
    ? `${after.slice(0, 4)}-${pad(String(index + 1))}`
    : undefined;
}

function readPlanPoint(point: string): string | undefined {
  const clean = point.trim();
  return /^\d{4}(-\d{2}){0,2}$/.test(clean) ? clean : readRussianTermPoint(clean);
}
