import { platform } from '../platform/index.js';

type Hyphenator = {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
};

/** The soft hyphen: a place where a word may break, with a hyphen drawn only when it does. */
export const softHyphen = '\u00AD';

/** Words shorter than this are never hyphenated (TeX's Russian patterns keep two letters on each side anyway). */
const minWordLength = 5;

let hyphenator: Hyphenator | undefined;
const cache = new Map<string, string>();

/**
 * Text with soft hyphens at the points where Russian hyphenation may break its words, from the TeX patterns of
 * the `hyphen` package (the ones TeX and LibreOffice's hyphenation dictionaries derive from). Both renderers break
 * only there, so a word is never broken between two letters at random, and the DOCX carries the same points as soft
 * hyphens for Word and LibreOffice. Left whole: short words, words in capitals (abbreviations: ГАПОУ, РИП), tokens
 * with digits or Latin letters, names written with initials («Г.В. Алейкина», «Спиридонова А.В.») and a word tied
 * to the dash after it.
 */
export function hyphenateText(value: string): string {
  let known = cache.get(value);
  if (known === undefined) {
    known = value.replace(/[^\s]+/g, (token, offset: number) =>
      isNameNextToInitials(value, token, offset) || isBeforeBoundDash(value, offset + token.length)
        ? token
        : hyphenateToken(token),
    );
    if (cache.size > 50_000) cache.clear();
    cache.set(value, known);
  }
  return known;
}

/** The text without soft hyphens (what a reader copies). */
export function removeSoftHyphens(value: string): string {
  return value.includes(softHyphen) ? value.replaceAll(softHyphen, '') : value;
}

function hyphenateToken(token: string): string {
  if (/[0-9A-Za-z\u00AD]/.test(token)) return token;
  return token.replace(/[а-яё]+/giu, (word) =>
    word.length < minWordLength || word === word.toUpperCase()
      ? word
      : loadHyphenator().hyphenateSync(word, { hyphenChar: softHyphen, minWordLength }),
  );
}

/**
 * A word that a no-break space ties to the dash after it («сентябрь – октябрь»): LibreOffice breaks such a line at
 * the no-break space rather than inside the word, pdfmake at the word's soft hyphen; whole, both set it alike.
 */
function isBeforeBoundDash(value: string, end: number): boolean {
  return value[end] === '\u00A0' && /[–—]/u.test(value[end + 1] ?? '');
}

const initials = /^[А-ЯЁ]\.(?:\u00A0?[А-ЯЁ]\.)?[,;:]?$/u;

/** A capitalised word right after or before initials: a surname, which is not hyphenated. */
function isNameNextToInitials(value: string, token: string, offset: number): boolean {
  if (!/^[«„"(]?[А-ЯЁ]/u.test(token)) return false;
  const before = value.slice(0, offset).trimEnd().split(/\s+/).at(-1) ?? '';
  const after =
    value
      .slice(offset + token.length)
      .trimStart()
      .split(/\s+/)[0] ?? '';
  return initials.test(before) || initials.test(after) || /[А-ЯЁ]\.[А-ЯЁ]\./u.test(token);
}

function loadHyphenator(): Hyphenator {
  hyphenator ??= platform.loadModule<Hyphenator>('hyphen/ru/index.js');
  return hyphenator;
}
