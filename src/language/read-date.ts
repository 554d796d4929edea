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
/** «до 20 декабря 2025», «до декабря 2025 г.», «до 2026 года»: a deadline written out, the point after «до». */
const untilInWords = /^до\s+(.+)$/iu;
/** «2026-2027 гг.», «2026 – 2027 годы»: a range of years with its word, which no point of it takes alone. */
const yearsInWords = /^(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг?\.?|годы|годов)$/u;

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
  return readMonthInWords(clean, monthsNominative) ?? yearInWords.exec(clean)?.[1];
}

/** «сентябрь 2025 г.» with `monthsNominative`, «сентября 2025 г.» with `monthsGenitive` → 'YYYY-MM'; else undefined. */
export function readMonthInWords(text: string, months: readonly string[]): string | undefined {
  const m = monthInWords.exec(text.toLowerCase());
  const month = m ? months.indexOf(m[1]!) : -1;
  return m && month >= 0 ? `${m[2]}-${pad(String(month + 1))}` : undefined;
}

/**
 * «до 20 декабря 2025», «до 20.12.2025 г.», «до декабря 2025 г.», «до 2026 года» → the point after «до» in the plan's
 * form ('2025-12-20', '2025-12', '2026'; the date possibly not in the calendar); undefined for any other text
 * («до конца января 2026», «до 25 числа каждого месяца»).
 */
export function readRussianUntil(text: string): string | undefined {
  const after = untilInWords.exec(text.replace(/\s+/g, ' ').trim())?.[1];
  if (after === undefined) return undefined;
  if (/^\d{4}(-\d{2}){0,2}$/.test(after)) return after;
  const date = readRussianDate(after);
  if (date) return date;
  return readMonthInWords(after, monthsGenitive) ?? yearInWords.exec(after.toLowerCase())?.[1];
}

/**
 * Text that looks like a date, month or range but is no form gramota reads («2020-9», «2020-09-01 - 2020-09-15»,
 * «1.9.25»): digits joined by - . / and spaces, and nothing else.
 */
export function looksLikeBrokenDate(text: string): boolean {
  return /^\d[\d\s./–—-]*\d$/u.test(text.trim()) && /\d[./–—-]/u.test(text);
}

/**
 * «2020-09-01 - 2020-09-15», «01.09.2020–15.09.2020», «2020-2021», «2026-2027 гг.», «сентябрь — декабрь 2026»: two
 * points with a dash between, in the plan's forms; a month without its year takes the year of the month after the dash.
 */
export function splitDateRange(text: string): readonly [string, string] | undefined {
  const years = yearsInWords.exec(text.trim());
  if (years) return [years[1]!, years[2]!];
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
