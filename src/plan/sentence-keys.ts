import { type Document, isMap, isScalar, visit } from 'yaml';
import { text } from '../messages.js';
import type { Slip } from './yaml-slips.js';

/**
 * List items that are a text with «: » inside, read by YAML as a key and its value: `- Создать группу в составе:
 * председатель, секретарь`. A plan's keys are single words, so a key with a space in it is such a text. The schema
 * stage says the same of them (issues.ts); this is for a file that stops before it, on a syntax error elsewhere, so
 * that every «: » of the file is reported in one run.
 */
export function findSentenceKeys(doc: Document): Slip[] {
  const found: Slip[] = [];
  visit(doc, {
    Seq(_key, seq) {
      for (const item of seq.items) {
        if (!isMap(item) || item.items.length !== 1) continue;
        const { key, value } = item.items[0]!;
        if (!isScalar(key) || key.type !== 'PLAIN' || typeof key.value !== 'string' || !key.range) continue;
        if (!/\s/.test(key.value) || (value !== null && !isScalar(value))) continue;
        found.push({ offset: key.range[0], message: text.colonInListText(key.value) });
      }
    },
  });
  return found;
}
