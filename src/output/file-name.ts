import { transliterate } from '../language/transliterate.js';

const maxLength = 80;
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Safe file names (without extension) for document titles: transliterated, only [A-Za-z0-9_-],
 * at most 80 characters cut at a word, never empty or a reserved device name, and distinct («_2», «_3»).
 * The titles at `firstNamed` get their names before the others: the package keeps its file name when a document
 * has its title («Пакет документов»).
 */
export function fileNameFor(titles: readonly string[], firstNamed: readonly number[] = []): string[] {
  const used = new Set<string>();
  const names: string[] = [];
  const order = [...firstNamed, ...[...titles.keys()].filter((i) => !firstNamed.includes(i))];
  for (const i of order) {
    const base = toSafeName(titles[i]!);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    used.add(name.toLowerCase());
    names[i] = name;
  }
  return names;
}

export function toSafeName(title: string): string {
  const latin = transliterate(
    title.normalize('NFC').replace(/[\s\u00A0\u202F]+/g, ' ').replace(/[\\/|]+/g, '-'),
    '_',
  )
    .replace(/[^A-Za-z0-9_-]+/g, '')
    .replace(/_+/g, '_')
    .replace(/_*-[_-]*/g, '-')
    .replace(/^[_-]+|[_-]+$/g, '');
  const cut = latin.length <= maxLength ? latin : latin.slice(0, latin.lastIndexOf('_', maxLength) > 20 ? latin.lastIndexOf('_', maxLength) : maxLength);
  const name = cut.replace(/[_-]+$/, '') || 'document';
  return reserved.test(name) ? `${name}_doc` : name;
}
