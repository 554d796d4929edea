import { type Document, isMap, isScalar, visit } from 'yaml';
import { text } from '../messages.js';
import type { Slip } from './yaml-slips.js';

/**
 * A map written on one line where a comma ended a text: `{ activity: …, result: Сценарии, фотоотчёт }` — YAML reads
 * «фотоотчёт» as a key of its own, with no value and no colon, and the message about an unknown key would not say why.
 * No key of a plan is written without its value, so a key with no «:» after a key with text is this slip, at the key.
 */
export function findCommaSplits(doc: Document): Slip[] {
  const found: Slip[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!map.flow) return;
      map.items.forEach((pair, i) => {
        const before = map.items[i - 1];
        if (pair.value !== null || !isScalar(pair.key) || !before || !isScalar(before.value)) return;
        if (!isScalar(before.key) || isMap(before.value) || before.value.value === null) return;
        const key = String(before.key.value);
        const joined = `${String(before.value.value)}, ${String(pair.key.value)}`;
        found.push({
          offset: pair.key.range?.[0] ?? 0,
          message: text.yamlSyntax(text.commaSplitKey(key, joined)),
        });
      });
    },
  });
  return found;
}
