/**
 * The words of a term written as text, for term-spans.ts: dates, months, years, quarters, half-years, seasons,
 * academic years and ranges of years, with the little words between them («с», «по», «до», «в течение»). A text
 * with any other word («ежегодно», «по мере необходимости», «до начала 2027 г.») has no tokens: it is not read.
 */
import {
  countDaysInMonth,
  isValidIsoDate,
  monthsGenitive,
  monthsNominative,
  monthsPrepositional,
} from './dates.js';

export type TermToken =
  /** A day (digits) or the number of a quarter or a half-year (digits, Roman, «первое»). */
  | { readonly kind: 'number'; readonly value: number; readonly digits: boolean }
  | { readonly kind: 'month'; readonly month: number }
  | { readonly kind: 'part'; readonly months: 3 | 6 }
  | { readonly kind: 'season'; readonly first: number }
  | { readonly kind: 'year'; readonly year: number }
  /** A date, an academic year or a range of years: first and last day, ISO. */
  | { readonly kind: 'span'; readonly start: string; readonly end: string };

const ending = '(?:-?(?:й|го|ого|ом|е|ое))?(?![\\p{L}\\d])';
const separator = /[\s\u00A0,;:.–—-]+/uy;
const dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)(?:\s*г(?:\.|ода?(?!\p{L})))?/uy;
const iso = /(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/uy;
/** «2026/2027 уч. год», «2026–2027 учебного года», «2026-2027 гг.», «2026–2027». */
const twoYears =
  /(\d{4})\s*([/–—-])\s*(\d{4})(?!\d)(?:\s*(уч(?:ебн\p{L}*|\.)?\s*(?:г\.|год\p{L}*)|у\.\s*г\.|год\p{L}*|гг?\.|гг?(?!\p{L})))?/uy;
const year = /(\d{4})(?!\d)(?:\s*(?:год\p{L}*|гг?\.|гг?(?!\p{L})))?/uy;
const digits = new RegExp(`(\\d{1,2})${ending}`, 'uy');
const roman = new RegExp(`(iv|i{1,3})${ending}`, 'uy');
const word = /(\p{L}+)\.?/uy;

const fillers = new Set([
  'с',
  'со',
  'по',
  'до',
  'в',
  'во',
  'на',
  'и',
  'течение',
  'конца',
  'конце',
  'середине',
]);
const ordinals = [/^перв/u, /^втор/u, /^трет/u, /^четв[её]рт/u];
const seasons: Readonly<Record<string, number>> = {
  весна: 3,
  весной: 3,
  весны: 3,
  лето: 6,
  летом: 6,
  лета: 6,
  осень: 9,
  осенью: 9,
  осени: 9,
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The tokens of a term written as text, or undefined when a word of it is none of them. */
export function readTermTokens(value: string): TermToken[] | undefined {
  const text = value.toLowerCase();
  const tokens: TermToken[] = [];
  let at = 0;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) at = pattern.lastIndex;
    return m;
  };
  while (at < text.length) {
    if (match(separator)) continue;
    const token = readToken(match);
    if (token === undefined) return undefined;
    if (token !== 'filler') tokens.push(token);
  }
  return tokens;
}

function readToken(match: (pattern: RegExp) => RegExpExecArray | null): TermToken | 'filler' | undefined {
  const d = match(dotted);
  if (d) return readDate(`${d[3]}-${pad(Number(d[2]))}-${pad(Number(d[1]))}`);
  const i = match(iso);
  if (i) return readDate(i[3] === undefined ? `${i[1]}-${i[2]}` : i[0]);
  const two = match(twoYears);
  if (two) return readTwoYears(Number(two[1]), two[2]!, Number(two[3]), two[4]);
  const y = match(year);
  if (y) return { kind: 'year', year: Number(y[1]) };
  const n = match(digits);
  if (n) return { kind: 'number', value: Number(n[1]), digits: true };
  const r = match(roman);
  if (r) return { kind: 'number', value: ['i', 'ii', 'iii', 'iv'].indexOf(r[1]!) + 1, digits: false };
  const w = match(word);
  return w ? readWord(w[1]!) : undefined;
}

/** A date or a month in the plan's form (2026-09-15, 2026-09), when it is in the calendar. */
function readDate(point: string): TermToken | undefined {
  if (point.length === 7) {
    const [y, month] = [Number(point.slice(0, 4)), Number(point.slice(5))];
    if (month < 1 || month > 12) return undefined;
    return { kind: 'span', start: `${point}-01`, end: `${point}-${countDaysInMonth(y, month)}` };
  }
  return isValidIsoDate(point) ? { kind: 'span', start: point, end: point } : undefined;
}

/** An academic year («2026/2027», «… уч. год»: September to August) or a range of calendar years. */
function readTwoYears(
  first: number,
  dash: string,
  second: number,
  word: string | undefined,
): TermToken | undefined {
  const academic = dash === '/' || word?.startsWith('у') === true;
  if (academic)
    return second === first + 1
      ? { kind: 'span', start: `${first}-09-01`, end: `${second}-08-31` }
      : undefined;
  return first <= second ? { kind: 'span', start: `${first}-01-01`, end: `${second}-12-31` } : undefined;
}

function readWord(written: string): TermToken | 'filler' | undefined {
  if (fillers.has(written)) return 'filler';
  const month = findMonth(written);
  if (month !== undefined) return { kind: 'month', month };
  if (written === 'кв' || written.startsWith('квартал')) return { kind: 'part', months: 3 };
  if (written.startsWith('полугоди')) return { kind: 'part', months: 6 };
  const ordinal = ordinals.findIndex((pattern) => pattern.test(written));
  if (ordinal >= 0) return { kind: 'number', value: ordinal + 1, digits: false };
  const season = seasons[written];
  return season === undefined ? undefined : { kind: 'season', first: season };
}

/** A month's number, 1–12, from its name in any case a term takes, or its abbreviation («сент.», «нояб»). */
function findMonth(written: string): number | undefined {
  for (const forms of [monthsNominative, monthsGenitive, monthsPrepositional]) {
    const index = (forms as readonly string[]).indexOf(written);
    if (index >= 0) return index + 1;
  }
  if (written.length < 3) return undefined;
  const index = monthsNominative.findIndex((name) => name.startsWith(written));
  return index >= 0 ? index + 1 : undefined;
}
