import { findMixedLetter } from '../language/look-alikes.js';
import { importText } from '../messages.js';
import type { Note, PlanPath } from './notes.js';

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
 * The plan with each such word written in Cyrillic, and a note on every text changed: a Latin letter in a Russian
 * word looks right on the page but breaks search, hyphenation and the checks of names.
 */
export function fixMixedScript(plan: unknown, path: PlanPath = []): { value: unknown; notes: Note[] } {
  if (typeof plan === 'string') {
    const fixed: string[] = [];
    const value = plan.replace(/[\p{L}]+/gu, (word) => {
      const right = fixWord(word);
      if (right !== undefined) fixed.push(`${word} → ${right}`);
      return right ?? word;
    });
    return { value, notes: fixed.length > 0 ? [{ path, text: importText.mixedScript(fixed) }] : [] };
  }
  const notes: Note[] = [];
  if (Array.isArray(plan)) {
    const value = plan.map((item, i) => {
      const read = fixMixedScript(item, [...path, i]);
      notes.push(...read.notes);
      return read.value;
    });
    return { value, notes };
  }
  if (plan !== null && typeof plan === 'object') {
    const entries = Object.entries(plan).map(([key, item]) => {
      const read = fixMixedScript(item, [...path, key]);
      notes.push(...read.notes);
      return [key, read.value] as const;
    });
    return { value: Object.fromEntries(entries), notes };
  }
  return { value: plan, notes };
}
