import { findMixedLetter } from '../language/look-alikes.js';
import { importText } from '../messages.js';
import type { Mend } from './mend-texts.js';

/**
 * A word of Cyrillic letters with one Latin look-alike among them («Cоставлена» typed with a Latin C): the word with
 * the Cyrillic letter (language/look-alikes.ts), or undefined for any other word (a Latin word, a word with two Latin
 * letters, «PISA»).
 */
function fixWord(word: string): string | undefined {
  const mixed = findMixedLetter(word);
  if (mixed === undefined || mixed.word !== word || mixed.alphabet !== 'latin') return undefined;
  const letters = [...word];
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  return latin === 1 && letters.length >= 3 ? mixed.fixed : undefined;
}

/**
 * A text with each such word written in Cyrillic, and a note naming the words changed: a Latin letter in a Russian
 * word looks right on the page but breaks search, hyphenation and the checks of names.
 */
export const mendMixedScript: Mend = (text) => {
  const fixed: string[] = [];
  const value = text.replace(/[\p{L}]+/gu, (word) => {
    const right = fixWord(word);
    if (right !== undefined) fixed.push(`${word} → ${right}`);
    return right ?? word;
  });
  return fixed.length > 0 ? { value, note: importText.mixedScript(fixed) } : { value };
};
