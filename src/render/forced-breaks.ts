import { breakOpportunity } from '../markup/break-long-words.js';
import type { DocumentModel } from '../model/schema.js';
import { toCore, toShownWord } from './unfit-words.js';

/** A link, an e-mail, a file name: broken anywhere without harm, as every reader expects. */
const linkLike = /[/@:._=+\\]/;

/**
 * The words of a document that the markup had to break between letters (markup/break-long-words.ts: a run of more
 * than maxUnbrokenRun characters without a space or a hyphen), as written, each once: «ГБУДПОСамарскийобластной…»,
 * a word missing its spaces, which both formats would print broken at a letter. Links and the like are left out.
 */
export function findForcedBreaks(model: DocumentModel): string[] {
  const found = new Set<string>();
  collectTexts(model, (value) => {
    if (!value.includes(breakOpportunity)) return;
    for (const word of value.split(/\s+/)) {
      if (!word.includes(breakOpportunity)) continue;
      const core = toCore(toShownWord(word));
      if (/[\p{L}\p{N}]/u.test(core) && !linkLike.test(core)) found.add(core);
    }
  });
  return [...found];
}

/** Every text inline of the model, in order: its blocks are plain data, walked as such. */
function collectTexts(node: unknown, take: (value: string) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) collectTexts(child, take);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'text' && typeof record.value === 'string') {
    take(record.value);
    return;
  }
  for (const value of Object.values(record)) collectTexts(value, take);
}
