import { isValidIsoDate, monthsGenitive, monthsNominative, monthsPrepositional } from '../language/dates.js';
import { text } from '../messages.js';
import { countEdits } from './suggest.js';

const monthForms: ReadonlySet<string> = new Set([
  ...monthsNominative,
  ...monthsGenitive,
  ...monthsPrepositional,
]);
/** A word next to a year or a day: where a month is written in a term («сетнябрь 2026 г.», «1 сетнября»). */
const besideNumber = /(?:^|[^\p{L}])(\p{L}{3,})(?=\s+\d)|(?<=\d\s+)(\p{L}{3,})/gu;
const dotted = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;
const genitiveAlone = /^(\p{L}+)\s+(\d{4})(?:\s*(?:г\.?|года))?$/u;

/**
 * Why a term written as text would print wrong, if it would: a date in it that is not in the calendar
 * («с 01.09.2026 по 31.09.2026»), a month with a typo («декбарь 2026 г.»), or a month alone in the genitive
 * («апреля 2027», which reads as the end of «до апреля 2027»). Free text is printed as written, so these slips reach
 * the document unless they are caught here.
 */
export function findTermTextSlip(value: string): string | undefined {
  for (const [date, day, month, year] of value.matchAll(dotted)) {
    const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    if (!isValidIsoDate(iso)) return text.dateInvalid(date);
  }
  for (const match of value.toLowerCase().matchAll(besideNumber)) {
    const word = match[1] ?? match[2]!;
    if (monthForms.has(word)) continue;
    const month = findMonthLike(word);
    if (month !== undefined) return text.termMonthTypo(value, word, month);
  }
  const alone = genitiveAlone.exec(value.trim().toLowerCase());
  const genitive = alone ? monthsGenitive.indexOf(alone[1] as (typeof monthsGenitive)[number]) : -1;
  if (alone && genitive >= 0)
    return text.termMonthGenitive(value, `${monthsNominative[genitive]} ${alone[2]} г.`);
  return undefined;
}

/** The month form a word is a typo of: one edit away, two in a word of six letters or more, its first letter kept. */
function findMonthLike(word: string): string | undefined {
  // A typo keeps the first letter of a month (the hand slips inside a word): others are not compared.
  if (!/^[яфмаисонд]/u.test(word) || word.length > 10) return undefined;
  const limit = word.length >= 6 ? 2 : 1;
  let best: { form: string; edits: number } | undefined;
  for (const form of monthForms) {
    const edits = countEdits(word, form);
    if (edits <= limit && (best === undefined || edits < best.edits)) best = { form, edits };
  }
  return best?.form;
}
