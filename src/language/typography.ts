/**
 * The typography pass applied to every text value: «ёлочки» with nested „лапки“, no-break spaces after №,
 * short prepositions and conjunctions, around initials, dates and «г.», one dash style (spaced en dash
 * « – » between words, unspaced en dash in digit ranges such as «1–5»), «≥ ≤» for «>= <=» and «…».
 * The only module that touches typograf.
 *
 * typograf gets a fixed rule list; the rest are our own regexes (typography-rules.ts), run before it. Its own
 * initials, dash and year-range rules are left off: they put spaces inside «Г. В.», make em dashes and miss
 * «2020 - 2021».
 */
import TypografModule from 'typograf';
import { toSafeGlyphs } from './glyphs.js';
import { hideProtected, type MaskedText, showProtected } from './protected-text.js';
import { ownRules } from './typography-rules.js';

// typograf's .d.ts looks CJS under NodeNext, but the runtime ESM default export IS the class (toolchain.md §8).
const Typograf = TypografModule as unknown as typeof TypografModule.default;

/**
 * The typograf rules the pass enables, all others are off. Order does not matter: typograf sorts by index. A rule
 * added here must read a line break as the edge of a text, or be kept out of joined calls (canJoin): the tests of
 * typographAhead check it on texts made of what the rules look for.
 */
export const typografRules: readonly string[] = [
  'common/space/trimLeft',
  'common/space/trimRight',
  'common/space/delRepeatSpace',
  'common/punctuation/quote',
  'common/punctuation/hellip',
  'common/nbsp/afterShortWordByList',
  'common/nbsp/beforeShortLastNumber',
  'ru/space/year',
  'ru/nbsp/afterNumberSign',
  'ru/nbsp/year',
  'ru/nbsp/years',
  'ru/nbsp/dayMonth',
  'ru/nbsp/page',
  'ru/nbsp/see',
  'ru/nbsp/ooo',
  'ru/nbsp/mln',
  'ru/nbsp/rubleKopek',
  'ru/dash/daysMonth',
];

const typograf = new Typograf({ locale: ['ru', 'en-US'], disableRule: '*', enableRule: [...typografRules] });

const nbsp = '\u00A0';

/** Collapses runs of spaces (a run with a no-break space becomes one no-break space) and trims lines. */
function normalizeSpaces(text: string): string {
  return toSafeGlyphs(text)
    .replace(/\u202F/g, nbsp)
    .replace(/\u2011/g, '-')
    .replace(/[ \t\u00A0]{2,}/g, (run) => (run.includes(nbsp) ? nbsp : ' '))
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n')
    .trim();
}

/**
 * Results by input: a plan repeats many values (people, terms, evidence), and a preview rebuilds the same plan.
 * Bounded, so a long-running process does not grow without end.
 */
const typed = new Map<string, string>();
const typedLimit = 50_000;

function remember(text: string, result: string): string {
  if (typed.size >= typedLimit) typed.clear();
  typed.set(text, result);
  return result;
}

/** Applies the project's Russian typography to one plain-text value; idempotent, leaves URLs and e-mails alone. */
export function typographText(text: string): string {
  const known = typed.get(text);
  if (known !== undefined) return known;
  const { text: spaced, hidden } = maskText(text);
  return remember(text, finishText(typograf.execute(applyOwnRules(spaced)), hidden));
}

/** URLs and e-mails hidden, spaces collapsed: what our own rules and typograf take. */
function maskText(text: string): MaskedText {
  const { text: masked, hidden } = hideProtected(text);
  return { text: normalizeSpaces(masked), hidden };
}

function applyOwnRules(text: string): string {
  return ownRules.reduce((acc, rule) => rule(acc), text);
}

function finishText(done: string, hidden: readonly string[]): string {
  return showProtected(closeNestedQuotes(done.replace(/\u202F/g, nbsp).replace(/\u2011/g, '-')), hidden);
}

/**
 * A name quoted inside a quoted name is usually typed with one closing quote for both: «Детский сад № 17
 * «Рябинушка». typograf makes the inner pair „Рябинушка“ and leaves the outer one open; the closing quote the user
 * typed closes both, so the outer one is closed right after the inner one when no closing quote follows in the line:
 * «Детский сад № 17 „Рябинушка“», «Центр развития ребёнка – детский сад № 7 „Радуга“» Старооскольского городского
 * округа (as the name stands in the charter: the quoted part ends with the inner name).
 */
function closeNestedQuotes(text: string): string {
  if (!text.includes('«') || !text.includes('“')) return text;
  return text.split('\n').map(closeLineQuotes).join('\n');
}

function closeLineQuotes(line: string): string {
  const count = (char: string) => line.split(char).length - 1;
  if (count('«') <= count('»')) return line;
  const stack: string[] = [];
  let out = '';
  for (const [i, char] of [...line].entries()) {
    out += char;
    if (char === '«' || char === '„') stack.push(char);
    else if ((char === '»' || char === '“') && stack.length > 0) stack.pop();
    // The last inner name just closed inside an open outer one, and no closing quote follows: it closes both.
    if (char === '“' && stack.at(-1) === '«' && !/[»“]/.test(line.slice(i + 1))) {
      out += '»';
      stack.pop();
    }
  }
  return out;
}

/**
 * Between the texts taken in one call: a line of its own with a private-use character no rule looks at. Every
 * enabled typograf rule and every one of our own reads the start and the end of a line as it reads the start and
 * the end of the text (`^` with the m flag, `\s`, `\D`, a lookbehind or lookahead that a line break satisfies), and
 * none reaches past a line break, except the few cases that canJoin keeps out.
 */
const separator = '\n\uF8FF\n';
const joinedChars = 20_000;

/**
 * Whether a text gets the same result inside a joined call as alone: not when typograf's quote rule would pair its
 * quotes with another text's (also single quotes, which our own rules make "…"), a tag or entity would make typograf read everything as HTML, a rule anchors at the
 * very start of the text (ru/space/year: «2021год»), or the text could hold the separator or typograf's own marks.
 * Our own rules add none of these, so a text is judged before them.
 */
function canJoin(spaced: string): boolean {
  return spaced === spaced.trim() && !/[«‹»›„“‟”"'‘<&\r\uF000-\uF8FF]|^\d{3,4}год/.test(spaced);
}

/**
 * Typographs many texts ahead of typographText, which then finds them done. A typograf call spends most of its time
 * on its own setup — hiding tags and URLs, walking its rule queues — and each of our rules on its own call, whatever
 * the length of the text; so texts that canJoin are joined, about 20,000 characters at a time, run through both
 * at once and split at the separator; any other text is left for typographText to take alone. Returns the number of
 * texts done ahead; each result is the same as that of a call of its own (tests/language/typography-batch.test.ts).
 */
export function typographAhead(texts: Iterable<string>): number {
  let batch: { text: string; masked: MaskedText }[] = [];
  let [chars, done] = [0, 0];
  for (const text of new Set(texts)) {
    if (typed.has(text) || typed.size + batch.length >= typedLimit) continue;
    const masked = maskText(text);
    if (!canJoin(masked.text)) continue;
    batch.push({ text, masked });
    chars += masked.text.length;
    if (chars < joinedChars) continue;
    done += typographJoined(batch);
    [batch, chars] = [[], 0];
  }
  return done + typographJoined(batch);
}

/** The number of texts done: none when the separators did not all come through (then each is done alone later). */
function typographJoined(batch: readonly { text: string; masked: MaskedText }[]): number {
  if (batch.length < 2) return 0;
  const joined = applyOwnRules(batch.map(({ masked }) => masked.text).join(separator));
  const parts = typograf.execute(joined).split(separator);
  if (parts.length !== batch.length) return 0;
  for (const [i, { text, masked }] of batch.entries()) remember(text, finishText(parts[i]!, masked.hidden));
  return batch.length;
}

/** Lists names in typografRules that this typograf version does not know (empty when all exist). */
export function findUnknownTypografRules(): string[] {
  const known = new Set(Typograf.getRules().map((rule) => rule.name));
  return typografRules.filter((name) => !known.has(name));
}
