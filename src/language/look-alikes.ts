/**
 * Latin and Cyrillic letters that look the same (а and a, с and c, Т and T): a word typed with one of the other
 * alphabet reads right on screen and in print, yet is another word for a program — «gorelovа» is no key,
 * «cентябрь» no month. Latin i is left out: its look-alike і is Ukrainian, not the Russian letter the hand meant.
 */
const pairs = 'aа cс eе oо pр xх yу AА BВ CС EЕ HН KК MМ OО PР TТ XХ iі';

const cyrillicFor: ReadonlyMap<string, string> = new Map(
  pairs
    .split(' ')
    .filter((pair) => pair !== 'iі')
    .map((pair) => [pair[0]!, pair[1]!]),
);
const latinFor: ReadonlyMap<string, string> = new Map(pairs.split(' ').map((pair) => [pair[1]!, pair[0]!]));

/** A letter of one alphabet among letters of the other, in one word. */
export type MixedLetter = {
  readonly word: string;
  /** 1-based, in letters of the word. */
  readonly position: number;
  readonly letter: string;
  /** The alphabet of `letter`; the rest of the word is in the other. */
  readonly alphabet: 'latin' | 'cyrillic';
  /** The word with every such letter replaced by its look-alike; undefined when one has none (a «b» among Cyrillic). */
  readonly fixed: string | undefined;
};

const word = /[\p{Script=Latin}\p{Script=Cyrillic}]+/gu;
const latin = /\p{Script=Latin}/u;
const isLatin = (letter: string) => latin.test(letter);
/** A word in two alphabets has two letters of different alphabets side by side: one test rules out most texts. */
const seam = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/u;

/**
 * The first word of a text written in two alphabets, and its first letter of the alphabet fewer of its letters are
 * in (of the first letter's alphabet the word is, when the two are even). Words joined by a hyphen or a digit are
 * two words: «IT-куб» passes.
 */
export function findMixedLetter(value: string): MixedLetter | undefined {
  if (!seam.test(value)) return undefined;
  for (const [found] of value.matchAll(word)) {
    const letters = Array.from(found);
    const latins = letters.filter(isLatin).length;
    if (latins === 0 || latins === letters.length) continue;
    const cyrillic = letters.length - latins;
    const odd = latins === cyrillic ? !isLatin(letters[0]!) : latins < cyrillic;
    const alphabet = odd ? 'latin' : 'cyrillic';
    const isOdd = (letter: string) => isLatin(letter) === odd;
    const index = letters.findIndex(isOdd);
    const swap = odd ? cyrillicFor : latinFor;
    const replaced = letters.map((letter) => (isOdd(letter) ? swap.get(letter) : letter));
    const fixed = replaced.every((letter) => letter !== undefined) ? replaced.join('') : undefined;
    return { word: found, position: index + 1, letter: letters[index]!, alphabet, fixed };
  }
  return undefined;
}
