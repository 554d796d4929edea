import { platform } from '../platform/index.js';
import { createTextMemo } from '../text-memo.js';
import { monthsGenitive, monthsNominative, monthsPrepositional } from './dates.js';
import { patronymicInAnyCase } from './patronymic.js';

type Hyphenator = {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  /** The patterns; the third item: the exception words, each with its breaks (see readExceptions). */
  readonly patterns: readonly [unknown, unknown, { readonly [word: string]: readonly number[] }?];
};

/** The soft hyphen: a place where a word may break, with a hyphen drawn only when it does. */
export const softHyphen = '\u00AD';

/** Words shorter than this are never hyphenated (TeX's Russian patterns keep two letters on each side anyway). */
const minWordLength = 5;

let hyphenator: Hyphenator | undefined;
let exceptions: Map<string, readonly number[]> | undefined;
const texts = createTextMemo<string>(50_000);
/** Each distinct word hyphenated once: the same words recur across a package's texts. */
const words = createTextMemo<string>(50_000);

/**
 * Text with soft hyphens at the points where Russian hyphenation may break its words, from the TeX patterns of
 * the `hyphen` package (the ones TeX and LibreOffice's hyphenation dictionaries derive from). Both renderers break
 * only there, so a word is never broken between two letters at random, and the DOCX carries the same points as soft
 * hyphens for Word and LibreOffice. Left whole: short words, words in capitals (abbreviations: ГАПОУ, РИП), tokens
 * with digits or Latin letters, names written with initials («Г.В. Алейкина», «Спиридонова А.В.») and a word tied
 * to the dash after it.
 */
export function hyphenateText(value: string): string {
  return texts(value, () =>
    value.replace(/[^\s]+/g, (token, offset: number) =>
      isNameNextToInitials(value, token, offset) ||
      isPartOfFullName(value, token, offset) ||
      isBeforeBoundDash(value, offset + token.length)
        ? token
        : hyphenateToken(token),
    ),
  );
}

/** The text without soft hyphens (what a reader copies). */
export function removeSoftHyphens(value: string): string {
  return value.includes(softHyphen) ? value.replaceAll(softHyphen, '') : value;
}

function hyphenateToken(token: string): string {
  if (/[0-9A-Za-z\u00AD]/.test(token)) return token;
  return token.replace(/[а-яё]+/giu, hyphenateWord);
}

function hyphenateWord(word: string): string {
  if (word.length < minWordLength || word === word.toUpperCase() || monthWords.has(word.toLowerCase()))
    return word;
  return words(word, () => {
    const breaks = readExceptions().get(word.toLowerCase());
    return breaks
      ? insertSoftHyphens(word, breaks)
      : loadHyphenator().hyphenateSync(word, { hyphenChar: softHyphen, minWordLength });
  });
}

/**
 * A word that a no-break space ties to the dash after it («сентябрь – октябрь»): LibreOffice breaks such a line at
 * the no-break space rather than inside the word, pdfmake at the word's soft hyphen; whole, both set it alike.
 */
function isBeforeBoundDash(value: string, end: number): boolean {
  return value[end] === '\u00A0' && /[–—]/u.test(value[end + 1] ?? '');
}

/** A month's name as terms write it («сентябрь», «декабря», «ноябре»): a word a clerk never breaks («но-/ябрь»). */
const monthWords: ReadonlySet<string> = new Set([
  ...monthsNominative,
  ...monthsGenitive,
  ...monthsPrepositional,
]);

/**
 * A patronymic in any case («Петрович», «Ильичу», «Петровну», «Ильиничны»), with a comma or a stop after it, read more
 * loosely than patronymic.ts: also «-ич» after any consonant («Кузьмичом»), a surname so read («Бабич») only left
 * unbroken, which does no harm; and «-вна», «-чна» with two letters after them, as this check always read them (it
 * also keeps «Административная» whole, which the sample roadmaps are set with). Not the instrumental «-вной»,
 * «-чной»: out of a name it is an adjective's ending («Основной этап» heads a stage column in most roadmaps).
 */
const patronymicForm = new RegExp(
  `^[А-ЯЁ][а-яё]+(?:${patronymicInAnyCase}|(?:ич|[вч]на)[а-яё]{0,2})[,;.)]?$`,
  'u',
);
const adjectiveLike = /[вч]но[йю][,;.)]?$/u;
const patronymic = { test: (word: string) => patronymicForm.test(word) && !adjectiveLike.test(word) };

/**
 * A capitalised word of a name written in full («Иванов Пётр Петрович», «Пётр Петрович Иванов»): within two words
 * of a patronymic. A clerk never breaks a person's name (a staff list had «Петро-/вич»).
 */
function isPartOfFullName(value: string, token: string, offset: number): boolean {
  if (!/^[«„"(]?[А-ЯЁ][а-яё]/u.test(token)) return false;
  if (patronymic.test(token)) return true;
  const next = wordAfter(value, offset + token.length);
  const before = wordBefore(value, offset);
  if (patronymic.test(next) || patronymic.test(before)) return true;
  const afterNext = wordAfter(value, value.indexOf(next, offset + token.length) + next.length);
  const beforeBefore = wordBefore(value, value.lastIndexOf(before, offset - 1));
  return patronymic.test(afterNext) || patronymic.test(beforeBefore);
}

const initials = /^[А-ЯЁ]\.(?:\u00A0?[А-ЯЁ]\.)?[,;:]?$/u;

/** A capitalised word right after or before initials: a surname, which is not hyphenated. */
function isNameNextToInitials(value: string, token: string, offset: number): boolean {
  if (!/^[«„"(]?[А-ЯЁ]/u.test(token)) return false;
  return (
    initials.test(wordBefore(value, offset)) ||
    initials.test(wordAfter(value, offset + token.length)) ||
    /[А-ЯЁ]\.[А-ЯЁ]\./u.test(token)
  );
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** The word that ends before `end` past any spaces ('' when none), found without copying the text before it. */
function wordBefore(value: string, end: number): string {
  let last = end;
  while (last > 0 && isSpace(value[last - 1])) last--;
  let first = last;
  while (first > 0 && !isSpace(value[first - 1])) first--;
  return value.slice(first, last);
}

/** The word that starts after `start` past any spaces ('' when none). */
function wordAfter(value: string, start: number): string {
  let first = start;
  while (first < value.length && isSpace(value[first])) first++;
  let last = first;
  while (last < value.length && !isSpace(value[last])) last++;
  return value.slice(first, last);
}

/**
 * The exception words of the Russian patterns, each with the offsets in the word where it breaks. The package
 * stores a break as its place in the hyphenated word («фо-то-пле-нок»: 2, 5, 9) and reads it as a place in the
 * plain word, which breaks 87 of them wrongly («фо-топ-лено-к», «биз-несм-ен», a hyphen after «взбаламуться»):
 * each place moves back by the hyphens before it.
 */
function readExceptions(): Map<string, readonly number[]> {
  exceptions ??= new Map(
    Object.entries(loadHyphenator().patterns[2] ?? {}).map(([word, places]) => [
      word,
      places.map((place, i) => place - i),
    ]),
  );
  return exceptions;
}

function insertSoftHyphens(word: string, breaks: readonly number[]): string {
  return breaks.reduceRight((text, at) => `${text.slice(0, at)}${softHyphen}${text.slice(at)}`, word);
}

function loadHyphenator(): Hyphenator {
  hyphenator ??= platform.loadModule<Hyphenator>('hyphen/ru/index.js');
  return hyphenator;
}
