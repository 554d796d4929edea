import fc from 'fast-check';
import { findMixedLetter } from '../../src/language/look-alikes.js';

/**
 * Text for generated plans: only characters the document font has (Cyrillic, Latin, digits, punctuation),
 * plus strings that would be template or markup syntax if data were ever executed or pasted raw.
 */
const cyrillic = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const latin = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const punctuation = [...'.,;:!?-()"\'/%№+=*@#_[]«»–—…'];
export const injections = [
  '{{',
  '}}',
  '{{title}}',
  '{{{view}}}',
  '{{> head}}',
  '<w:p>',
  '</w:t>',
  '<p style="title">',
  ']]>',
  '<![CDATA[',
  '&',
  '&amp;',
  '&#60;',
  '"',
  "'",
  '<',
  '>',
];

const wordOf = (letters: string) =>
  fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 9 });
const cyrillicWord = wordOf(cyrillic);

const token = fc.oneof(
  { weight: 6, arbitrary: cyrillicWord },
  { weight: 2, arbitrary: wordOf(latin) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...injections) },
);

/**
 * A text value printed as written (after typography): tokens joined by spaces, sometimes glued together. Without
 * «о» before a vowel, which a clerk writes «об» («О утверждении» is an error of the plan, check-russian-slips.ts),
 * without a word glued from Latin and Cyrillic letters (an error of the plan too, check-glyphs.ts), and without «г.»
 * written twice («2025 г. г.», the same).
 */
export const textArb = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '  ')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''))
  .filter((t) => !/(?<![\p{L}\d.-])[Оо]\s+[аиоуэАИОУЭ]/u.test(t) && findMixedLetter(t) === undefined)
  .filter((t) => !/(?<!\p{L})гг?\.\s*гг?\./u.test(t));

/** A text a cell starts with: not a marker pasted from Word («• …», «– …»: an error, check-pasted-markers.ts). */
export const cellTextArb = textArb.filter((t) => !/^\s*[•·▪●◦‣■□►✓✔–—-]\s/u.test(t));

/**
 * A section's or a stage's title: not begun with a number typed by hand («2. …», «II. …»), which gramota prints
 * itself (an error, check-pasted-markers.ts).
 */
export const headingTitleArb = textArb.filter(
  (t) => !/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}(?:\.\d{1,2})+\s+\p{Lu}|[IVX]+[.)]\s)/u.test(t),
);

/** A document's title: not wrapped whole in quotes, which the title drops (plan/schema/title.ts). */
export const titleArb = headingTitleArb.filter((t) => !/^\s*["«“„][\s\S]*["»”“]\.?\s*$/u.test(t));

/**
 * The text of a list line, a clause or an activity: not begun with a number or a dash (gramota numbers and marks
 * them itself: such a text is an error of the plan, check-pasted-markers.ts) and not ended with «:» (a clause that
 * announces a list it lacks, check-dangling-colons.ts). Broader than those checks: any leading digit is left out.
 */
export const itemTextArb = textArb.filter(
  (t) => !/^\s*(?:\d|[•·▪●◦‣■□►✓✔–—-]\s)/u.test(t) && !t.trimEnd().endsWith(':'),
);

/** The text of a numbered clause: begun with a capital letter, as check-russian-slips.ts asks. */
export const clauseTextArb = itemTextArb.filter((t) => !/^[\s«"„(]*[а-яё]/u.test(t));

/**
 * Free text where a person is expected: starts with a Cyrillic word, so it never looks like a key, and has no Latin
 * word after a comma, «;» or «и» (keys written as one text are an error of the plan, check-plan.ts).
 */
export const freePersonArb = fc
  .tuple(cyrillicWord, textArb)
  .map(([w, t]) => `${w.toUpperCase()} ${t}`)
  .filter((t) => !t.split(/\s*[,;]\s*|\s+и\s+/u).some((part) => /^[A-Za-z][\w-]*$/.test(part.trim())));

/** The project period: whole months from `from` on, `months` long (0 = one month). */
export type Period = { readonly year: number; readonly month: number; readonly months: number };

export const periodArb: fc.Arbitrary<Period> = fc.record({
  year: fc.integer({ min: 2015, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  months: fc.integer({ min: 0, max: 30 }),
});

const pad = (n: number) => String(n).padStart(2, '0');

/** The month `k` months after the start of the period, as YYYY-MM. */
export function toMonth(period: Period, k: number): string {
  const index = period.year * 12 + period.month - 1 + k;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** `{ from, to }` of the plan's project.period. */
export function toPeriodValue(period: Period): { from: string; to: string } {
  return { from: toMonth(period, 0), to: toMonth(period, period.months) };
}

/** A month or a day inside the period. */
export function pointArb(period: Period): fc.Arbitrary<string> {
  const month = fc.integer({ min: 0, max: period.months }).map((k) => toMonth(period, k));
  const day = fc.tuple(month, fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m}-${pad(d)}`);
  return fc.oneof(month, day);
}

/** Any form of term (FORMAT.md, «Terms») that lies within the period. */
export function termArb(period: Period): fc.Arbitrary<unknown> {
  const month = (k: number) => toMonth(period, k);
  const range = fc
    .tuple(fc.integer({ min: 0, max: period.months }), fc.integer({ min: 0, max: period.months }))
    .map(([a, b]) => ({ from: month(Math.min(a, b)), to: month(Math.max(a, b)) }));
  return fc.oneof(
    pointArb(period),
    range,
    pointArb(period).map((until) => ({ until })),
    fc.array(pointArb(period), { minLength: 1, maxLength: 3 }),
    fc.constant(period.year),
    fc.constantFrom('ежегодно', 'постоянно', 'в течение года', 'весь период'),
  );
}

/** A date for stamps and orders: any real day (they are not checked against the period). */
export const dateArb = fc
  .tuple(
    fc.integer({ min: 2015, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);

/**
 * An order's date with terms in its clauses: before the project starts, so that no deadline of the period has passed
 * when it is signed (a deadline before its order is an error, check-term.ts).
 */
export function dateBeforeStartArb(period: Period): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: -24, max: -1 }), fc.integer({ min: 1, max: 28 }))
    .map(([k, day]) => `${toMonth(period, k)}-${pad(day)}`);
}

/** A stamp's or an approving order's date: from two years before the project to its last month (never after it). */
export function dateByEndArb(period: Period): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: -24, max: period.months }), fc.integer({ min: 1, max: 28 }))
    .map(([k, day]) => `${toMonth(period, k)}-${pad(day)}`);
}
