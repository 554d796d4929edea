import { findMissingGlyphs } from '../language/glyphs.js';
import { findMixedLetter } from '../language/look-alikes.js';
import { text } from '../messages.js';
import type { Report } from './validate.js';

/**
 * Every text value of the plan, walked with its YAML path: a character the font lacks is an error there, and so is
 * a word typed in two alphabets («gorelovа» with a Cyrillic «а», «cентябрь» with a Latin «c»), language/look-alikes.ts.
 */
export function checkGlyphs(data: unknown, report: Report, path: (string | number)[] = []): void {
  if (typeof data === 'string') {
    for (const ch of findMissingGlyphs(data)) report(path, text.glyphMissing(ch, codeOf(ch)));
    const mixed = findMixedLetter(data);
    if (mixed) {
      const { word, position, letter, alphabet, fixed } = mixed;
      report(path, text.mixedAlphabets(word, position, letter, alphabet === 'latin', fixed));
    }
  } else if (Array.isArray(data)) {
    data.forEach((item, i) => {
      checkGlyphs(item, report, [...path, i]);
    });
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) checkGlyphs(value, report, [...path, key]);
  }
}

function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
