import { isScalar, visit } from 'yaml';
import type { Problem } from '../errors.js';
import { mayHaveLongRun } from '../markup/break-long-words.js';
import { text } from '../messages.js';
import type { BuiltDocument } from '../package/assemble.js';
import { findForcedBreaks } from '../render/forced-breaks.js';
import { findUnfitWords } from '../render/unfit-words.js';
import { type LoadedYaml, loadYaml } from './load.js';
import { locate, type Position } from './locate.js';
import { locatePersonWord, type WordPerson } from './person-word-place.js';

/**
 * Where a plan's built documents are written in the plan file: the index in `documents` of each (an organisation of a
 * network project may leave some out; by default the n-th built is the n-th written); the `people` maps whose names
 * and positions print in the documents, to look in for a word no value of its document holds (the surname of
 * «Н.С. Константинопольская» in the `people.<key>.name` it comes from: a variant's own people first); and a node to
 * look in after them (a variant: its organisation's names).
 */
export type WordPlaces = {
  readonly indexes?: readonly number[];
  readonly people?: readonly (readonly (string | number)[])[];
  readonly fallback?: readonly (string | number)[];
};

/**
 * Warnings, not errors: words of a document's tables that cannot fit their column whole (render/unfit-words.ts),
 * and words so long without a space that the markup breaks them between letters anywhere (render/forced-breaks.ts),
 * each at the place in the plan where it is written — the first value of the document holding it, else the name of
 * the person it comes from (saying so), else the document itself (a column title of a template). The plan is read again only when there is something to say.
 */
export function toWordWarnings(
  source: string,
  file: string,
  built: readonly BuiltDocument[],
  places: WordPlaces = {},
): Problem[] {
  return listWordWarnings(source, file, built, places).flat();
}

/** The word warnings of each built document, in their order (toWordWarnings). */
export function listWordWarnings(
  source: string,
  file: string,
  built: readonly BuiltDocument[],
  { indexes, people = [['people']], fallback }: WordPlaces = {},
): Problem[][] {
  let loaded: LoadedYaml | undefined;
  // Offsets are into the text loadYaml parses: NFC, line feeds only.
  const parsed = () => source.normalize('NFC').replace(/\r\n?/g, '\n');
  // A word broken by the markup is a run longer than any in a plan without one: most plans skip the look.
  const hasLongRun = mayHaveLongRun(source);
  return built.map((document, i) => {
    const index = indexes?.[i] ?? i;
    const seen = new Map<string, number>();
    const at = (word: string): Position & { readonly person?: WordPerson } => {
      loaded ??= loadYaml(source, file) as LoadedYaml;
      const nth = seen.get(word) ?? 0;
      seen.set(word, nth + 1);
      const part = findLongestPart(word);
      return (
        locateWord(loaded, parsed(), word, ['documents', index], nth) ??
        locatePersonWord(loaded, parsed(), part, people) ??
        (fallback && locateWord(loaded, parsed(), part, fallback, 0)) ??
        locate(loaded, ['documents', index])
      );
    };
    const unfit = findUnfitWords(document.model);
    const told = new Set(unfit.map((word) => word.word));
    const forced = (hasLongRun ? findForcedBreaks(document.model) : []).filter((word) => !told.has(word));
    const warn = (word: string, message: (person?: WordPerson) => string): Problem => {
      const { person, ...position } = at(word);
      return { code: 'layout-warning', message: message(person), file, ...position };
    };
    return [
      ...unfit.map((w) =>
        warn(w.word, (person) => text.wordTooWide(w.word, w.column, w.columnWidthMm, w.neededMm, person)),
      ),
      ...forced.map((word) =>
        warn(word, (person) => text.wordUnbroken(word, Array.from(word).length, person)),
      ),
    ];
  });
}

/** The longest run of a word between spaces: the surname of «Н.С.\u00A0Константинопольская», as people write it. */
function findLongestPart(word: string): string {
  return word.split(/[\s\u00A0]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * The word in the `nth` string value under `path` (a document) that contains it (or the last such value): the same word
 * too wide in several columns is reported in the order of the table, which follows the order of the plan's values.
 * Undefined if no value contains it.
 */
function locateWord(
  loaded: LoadedYaml,
  source: string,
  word: string,
  path: readonly (string | number)[],
  nth: number,
): Position | undefined {
  const { doc, lines } = loaded;
  const node = doc.getIn(path, true);
  if (!node || typeof node !== 'object') return undefined;
  const offsets: number[] = [];
  visit(node as Parameters<typeof visit>[0], {
    Scalar(_key, scalar) {
      if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) return undefined;
      if (!scalar.value.normalize('NFC').includes(word)) return undefined;
      const [start, end] = scalar.range;
      const found = source.indexOf(word, start);
      offsets.push(found >= 0 && found < end ? found : start);
      return offsets.length > nth ? visit.BREAK : undefined;
    },
  });
  const offset = offsets[Math.min(nth, offsets.length - 1)];
  if (offset === undefined) return undefined;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
