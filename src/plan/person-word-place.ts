import { isMap, isScalar } from 'yaml';
import type { LoadedYaml } from './load.js';
import type { Position } from './locate.js';

/** Whose name (or position) in `people` a word of a document comes from. */
export type WordPerson = { readonly key: string; readonly field: 'name' | 'position' };

/**
 * The place of `part` (a word's longest run: the surname of «О.Н.\u00A0Константинопольская») in the name of a person
 * of the first of `peoples` (paths of `people` maps) that holds it, else in a position; undefined if none does.
 */
export function locatePersonWord(
  loaded: LoadedYaml,
  source: string,
  part: string,
  peoples: readonly (readonly (string | number)[])[],
): (Position & { readonly person: WordPerson }) | undefined {
  for (const field of ['name', 'position'] as const)
    for (const path of peoples) {
      const people = loaded.doc.getIn(path, true);
      if (!isMap(people)) continue;
      for (const { key, value: person } of people.items) {
        const value = isMap(person) ? person.get(field, true) : undefined;
        if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
        if (!isScalar(key) || !value.value.normalize('NFC').includes(part)) continue;
        const [start, end] = value.range;
        const found = source.indexOf(part, start);
        const pos = loaded.lines.linePos(found >= 0 && found < end ? found : start);
        return { line: pos.line, column: pos.col, person: { key: String(key.value), field } };
      }
    }
  return undefined;
}
