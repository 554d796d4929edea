import { importText } from '../messages.js';
import { oBeforeVowel } from '../plan/check-russian-slips.js';
import type { Mend } from './mend-texts.js';

const everySlip = new RegExp(oBeforeVowel.source, 'gu');

/**
 * «о инновационном» typed in the document: «об инновационном», with a note naming the words. The plan's check
 * refuses «о» before a vowel (plan/check-russian-slips.ts), so an imported plan would not build until she mended
 * each by hand.
 */
export const mendPrepositionOb: Mend = (text) => {
  const fixed: string[] = [];
  const value = text.replace(everySlip, (_, o: string, word: string) => {
    fixed.push(`${o} ${word} → ${o}б ${word}`);
    return `${o}б ${word}`;
  });
  return fixed.length > 0 ? { value, note: importText.prepositionOb(fixed) } : { value };
};
