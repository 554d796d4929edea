import { text } from '../messages.js';
import { readHandNumber } from './hand-numbers.js';
import type { Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/** «о» before a word that starts with a vowel sound: «О утверждении», «положение о организации» (also import/). */
export const oBeforeVowel = /(?<![\p{L}\d.-])([Оо])\s+(?=[аиоуэАИОУЭ])(\p{L}+)/u;
/**
 * «г.» or «гг.» written twice: «октябрь 2025 г. г.», «2025-2028 гг. г.», with the year or the years before it. Not
 * before a capital letter, where the second is «город» («2025 г. г. Пермь»).
 */
const doubledYear =
  /(?:(\d{4})(\s*[-–—]\s*\d{4})?[\s\u00A0]*)?(?<!\p{L})(гг?\.)[\s\u00A0]*(гг?\.)(?![\s\u00A0]*\p{Lu})/u;
/** A text that starts with a small Cyrillic letter, maybe after an opening quote or bracket. */
const smallStart = /^[\s«"„(]*[а-яё]/u;

/**
 * Slips of Russian a clerk never makes, in the user's own text, so errors with the fix rather than silent changes:
 * «О утверждении» for «Об утверждении» and «2025 г. г.» for «2025 г.» in any text of the documents (a term written
 * as text, a title, a cell), and a numbered clause that starts with a small letter. A clause may start small where it goes on a list: under a clause that does not end a sentence (an order
 * prints «:» after it, «Методисту Бушиной М.Б.: подготовить …») or after a sibling that ends with «:» or «;».
 */
export function checkRussianSlips(plan: Plan, report: Report): void {
  walk(plan.documents, ['documents'], report);
}

function walk(value: unknown, path: Path, report: Report): void {
  if (typeof value === 'string') {
    const slip = oBeforeVowel.exec(value);
    if (slip) report(path, text.prepositionOb(`${slip[1]} ${slip[2]}`, `${slip[1]}б ${slip[2]}`));
    const year = doubledYear.exec(value);
    if (year) report(path, text.yearMarkTwice(year[0].trim(), fixYearMark(year)));
  } else if (Array.isArray(value))
    value.forEach((item, i) => {
      walk(item, [...path, i], report);
    });
  else if (value !== null && typeof value === 'object') {
    const own = value as Record<string, unknown>;
    if (Array.isArray(own.clauses))
      checkClauseStarts(own.clauses, readText(own), [...path, 'clauses'], report);
    for (const [key, inner] of Object.entries(own)) walk(inner, [...path, key], report);
  }
}

/** The years with one mark: «гг.» after a range of years, «г.» after one; the first as written with no year. */
function fixYearMark([, year, range, first]: RegExpExecArray): string {
  if (year === undefined) return first!;
  const mark = range === undefined ? 'г.' : 'гг.';
  return `${year}${range?.replace(/\s/g, '') ?? ''} ${mark}`;
}

function checkClauseStarts(clauses: unknown[], parent: string | undefined, at: Path, report: Report): void {
  // An order's clause with sub-clauses ends with «:» in print even when the plan leaves it out.
  const underColon = parent !== undefined && !endsSentence(parent);
  let onList = false;
  clauses.forEach((clause, i) => {
    const own = readText(clause);
    // «а) Целью …» is a letter typed by hand, named by checkPastedMarkers with the fix that drops it.
    const small = own !== undefined && smallStart.test(own) && readHandNumber(own) === null;
    if (small && !underColon && !onList) {
      const start = own.trim().split(/\s+/).slice(0, 3).join(' ');
      const capital = start.replace(/[а-яё]/u, (letter) => letter.toUpperCase());
      report(
        typeof clause === 'string' ? [...at, i] : [...at, i, 'text'],
        text.clauseSmallStart(start, capital),
      );
    }
    // A list goes on over the next clause after one that ends with «:» or «;».
    onList = own !== undefined && /[:;]\s*$/.test(own);
  });
}

/** Whether a text ends with «.», «!» or «?» — not the period of initials or of «г.» («Методисту Бушиной М.Б.»). */
function endsSentence(value: string): boolean {
  const end = value.trimEnd();
  return /[!?]$/.test(end) || (end.endsWith('.') && !/(?:^|[\s\u00A0.])(?:\p{Lu}|г|гг)\.$/u.test(end));
}

function readText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const own = value !== null && typeof value === 'object' ? (value as { text?: unknown }).text : undefined;
  return typeof own === 'string' ? own : undefined;
}
