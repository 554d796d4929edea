/**
 * The typography pass applied to every text value: «ёлочки» with nested „лапки“, no-break spaces after №,
 * short prepositions and conjunctions, around initials, dates and «г.», one dash style (spaced en dash
 * « – » between words, unspaced en dash in digit ranges such as «1–5»), «≥ ≤» for «>= <=» and «…».
 * The only module that touches typograf.
 *
 * typograf gets a fixed rule list; the rest are our own regexes (typography-rules.ts), run before it. Its own initials, dash and
 * year-range rules are left off: they put spaces inside «Г. В.», make em dashes and miss «2020 - 2021».
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
  const { text: prepared, hidden } = prepareText(text);
  return remember(text, finishText(typograf.execute(prepared), hidden));
}

/** The text typograf takes: URLs and e-mails hidden, spaces collapsed, our own rules applied. */
function prepareText(text: string): MaskedText {
  const { text: masked, hidden } = hideProtected(text);
  return { text: ownRules.reduce((acc, rule) => rule(acc), normalizeSpaces(masked)), hidden };
}

function finishText(done: string, hidden: readonly string[]): string {
  return showProtected(done.replace(/\u202F/g, nbsp).replace(/\u2011/g, '-'), hidden);
}

/**
 * Between the texts typograf takes in one call: a line of its own with a private-use character no rule looks at.
 * Every enabled rule reads the start and the end of a line as it reads the start and the end of the text (`^` with
 * the m flag, `\s`, `\D`, `\n` or a lookahead that a line break satisfies), except the few that canJoin keeps out.
 */
const separator = '\n\uF8FF\n';
const joinedChars = 20_000;

/**
 * Whether typograf gives a text the same result inside a joined call as alone: not when the quote rule would pair
 * its quotes with another text's, a tag or entity would make typograf read everything as HTML, a rule anchors at the
 * very start of the text (ru/space/year: «2021год»), or the text could hold the separator or typograf's own marks.
 */
function canJoin(prepared: string): boolean {
  return prepared === prepared.trim() && !/[«‹»›„“‟”"<&\r\uF000-\uF8FF]|^\d{3,4}год/.test(prepared);
}

/**
 * Typographs many texts ahead of typographText, which then finds them done. typograf spends most of a call on its own
 * setup — hiding tags and URLs, walking its rule queues — whatever the length of the text, so texts that canJoin are
 * run together, a few thousand characters at a time, and split at the separator; any other text is left for
 * typographText to take alone. Returns the number of texts done ahead; each result is the same as that of a call of
 * its own (tests/language/typography-batch.test.ts).
 */
export function typographAhead(texts: Iterable<string>): number {
  let batch: { text: string; prepared: MaskedText }[] = [];
  let [chars, done] = [0, 0];
  for (const text of new Set(texts)) {
    if (typed.has(text) || typed.size + batch.length >= typedLimit) continue;
    const prepared = prepareText(text);
    if (!canJoin(prepared.text)) continue;
    batch.push({ text, prepared });
    chars += prepared.text.length;
    if (chars < joinedChars) continue;
    done += typographJoined(batch);
    [batch, chars] = [[], 0];
  }
  return done + typographJoined(batch);
}

/** The number of texts done: none when typograf did not keep every separator (then each is done alone later). */
function typographJoined(batch: readonly { text: string; prepared: MaskedText }[]): number {
  if (batch.length < 2) return 0;
  const parts = typograf.execute(batch.map(({ prepared }) => prepared.text).join(separator)).split(separator);
  if (parts.length !== batch.length) return 0;
  for (const [i, { text, prepared }] of batch.entries())
    remember(text, finishText(parts[i]!, prepared.hidden));
  return batch.length;
}

/** Lists names in typografRules that this typograf version does not know (empty when all exist). */
export function findUnknownTypografRules(): string[] {
  const known = new Set(Typograf.getRules().map((rule) => rule.name));
  return typografRules.filter((name) => !known.has(name));
}
