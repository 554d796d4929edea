import type { Plan } from '../plan/schema/plan.js';

/** Quotes of every kind read alike: «НГГТК», "НГГТК" and “НГГТК” name one organization. */
const toWordKey = (word: string) => word.toLocaleLowerCase('ru').replace(/[«»"“”„]/g, '"');

/**
 * A signer's position as it stands on the organization's own letterhead: without the organization's name, which
 * the letterhead already gives (GOST R 7.0.97: the short position on a letterhead). «Директор ГБПОУ «НГГТК»»,
 * written so in people, signs an order of ГБПОУ «НГГТК» as «Директор»; any other position is left as written.
 */
export function toLetterheadPosition(position: string, org: Plan['organization']): string {
  const words = position.trim().split(/[\s\u00A0]+/);
  for (const name of [org.short_name, org.name]) {
    const own = name?.trim().split(/[\s\u00A0]+/) ?? [];
    const start = words.length - own.length;
    if (own.length === 0 || start < 1) continue;
    if (own.every((word, i) => toWordKey(word) === toWordKey(words[start + i]!)))
      return words.slice(0, start).join(' ');
  }
  return position;
}
