/**
 * Dates in the two GOST forms: digits with dots (01.10.2020) and words (1 октября 2020 г.).
 * Month names come from fixed tables, not Intl, so the output never depends on the ICU build.
 */

const nbsp = '\u00A0';

/** How a full date is written: `numeric` for requisites and tables, `words` for running text. */
export type DateStyle = 'numeric' | 'words';

/** Month names in the nominative case, January first («октябрь 2021 г.»). */
export const monthsNominative = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

/** Month names in the genitive case, January first («1 октября», «до октября»). */
export const monthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

/** Month names in the prepositional case, January first («в октябре»). */
export const monthsPrepositional = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
] as const;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const yearMonthPattern = /^(\d{4})-(\d{2})$/;
const yearPattern = /^\d{4}$/;

/** Returns the number of days in a month (1-based month), honouring leap years. */
export function countDaysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (isLeap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks that a string is a real calendar date written as YYYY-MM-DD (2021-02-30 is rejected). */
export function isValidIsoDate(s: string): boolean {
  const m = isoDatePattern.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= countDaysInMonth(year, month);
}

/** Checks that a string is a real month written as YYYY-MM (2021-13 is rejected). */
export function isValidYearMonth(s: string): boolean {
  const m = yearMonthPattern.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1 && month >= 1 && month <= 12;
}

/** Checks that a string is a four-digit year (YYYY, year 1 or later). */
export function isValidYear(s: string): boolean {
  return yearPattern.test(s) && Number(s) >= 1;
}

/** Formats a YYYY-MM-DD date as «01.10.2020» or «1 октября 2020 г.» (no-break spaces inside). */
export function formatDate(iso: string, style: DateStyle): string {
  if (!isValidIsoDate(iso)) throw new Error(`formatDate: not a valid YYYY-MM-DD date: ${iso}`);
  const [year, month, day] = iso.split('-') as [string, string, string];
  if (style === 'numeric') return `${day}.${month}.${year}`;
  return `${Number(day)}${nbsp}${monthsGenitive[Number(month) - 1]}${nbsp}${year}${nbsp}г.`;
}

/** Formats a YYYY-MM month as «октябрь 2021 г.» (nominative month, no-break spaces inside). */
export function formatMonth(ym: string): string {
  if (!isValidYearMonth(ym)) throw new Error(`formatMonth: not a valid YYYY-MM month: ${ym}`);
  const [year, month] = ym.split('-') as [string, string];
  return `${monthsNominative[Number(month) - 1]}${nbsp}${year}${nbsp}г.`;
}

/** Formats a year as «2021 г.» (no-break space before «г.»). */
export function formatYear(year: string | number): string {
  return `${year}${nbsp}г.`;
}

/** Returns the fill-in blank for a date signed by hand: «___» ____________ 20__ г. («г.» never apart from the year). */
export function blankDate(): string {
  return `«___» ____________ 20__${nbsp}г.`;
}
