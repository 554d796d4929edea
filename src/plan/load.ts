import { type Document, isCollection, isPair, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import { findCommaSplits } from './comma-split.js';
import { measureExpandedSize } from './expanded-size.js';
import { findGluedComments } from './glued-comments.js';
import { findLostAnchors } from './lost-anchors.js';
import { findLostTags } from './lost-tags.js';
import { findMergedItems } from './merged-items.js';
import { keepScalarsAsTyped } from './scalars-as-typed.js';
import { findSentenceKeys } from './sentence-keys.js';
import { describeSyntaxErrors } from './syntax-errors.js';
import type { Slip } from './yaml-slips.js';

/** A parsed plan file: its plain data plus what is needed to point back at lines. */
export type LoadedYaml = {
  readonly file: string;
  readonly data: unknown;
  readonly doc: Document;
  readonly lines: LineCounter;
};

/**
 * Stage 1: YAML text → plain data with positions. Reports every syntax problem of the file at once.
 * The text is read in NFC (й typed as и + U+0306 becomes one letter) with any line ending (CR alone too); plain
 * scalars keep the text the user typed (scalars-as-typed.ts).
 */
export function loadYaml(typed: string, file: string): LoadedYaml | readonly Problem[] {
  const source = typed.normalize('NFC').replace(/\r\n?/g, '\n');
  if (source.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(source)) {
    return [{ code: 'yaml-syntax', message: text.yamlEmpty, file, line: 1, column: 1 }];
  }
  const lines = countLines(source);
  const bidi = findBidiControls(source);
  if (bidi.length > 0)
    return bidi.map(({ offset, code }) => ({
      code: 'plan-invalid',
      message: text.bidiControl(code),
      file,
      ...toLineCol(lines.linePos(offset)),
    }));
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const at = ({ offset, message }: Slip): Problem => ({
    code: 'yaml-syntax',
    message,
    file,
    ...toLineCol(lines.linePos(offset)),
  });
  if (doc.errors.length > 0) return describeSyntaxErrors(doc.errors, doc, source).map(at);
  const { tooDeep, complexKeys } = walkCollections(doc.contents);
  if (tooDeep)
    return [{ code: 'yaml-syntax', message: text.yamlTooDeep(maxDepth), file, ...locate(tooDeep, lines) }];
  if (complexKeys.length > 0)
    return complexKeys.map((key) => ({
      code: 'yaml-syntax',
      message: text.yamlComplexKey,
      file,
      ...locate(key, lines),
    }));
  const slips = [
    ...findGluedComments(doc, source),
    ...findMergedItems(doc, source),
    ...findCommaSplits(doc),
    ...findLostAnchors(doc, source),
    ...findLostTags(doc, source),
  ];
  // The schema stage is not reached: a list item with «: » in its text is told now (sentence-keys.ts).
  if (slips.length > 0)
    return [...slips, ...findSentenceKeys(doc)].sort((a, b) => a.offset - b.offset).map(at);
  const expanded = measureExpandedSizeSafely(doc);
  const maxExpanded = Math.max(aliasGrowth * source.length, minExpandedLimit);
  if (expanded > maxExpanded)
    return [{ code: 'yaml-syntax', message: text.yamlAliases, file, ...locate(findFirstAlias(doc), lines) }];
  keepScalarsAsTyped(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml throws a ReferenceError when aliases expand without bound (a «billion laughs» file).
    if (!(e instanceof ReferenceError)) throw e;
    return [{ code: 'yaml-syntax', message: text.yamlAliases, file, ...locate(findFirstAlias(doc), lines) }];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ code: 'yaml-syntax', message: text.yamlRootNotMap, file, line: 1, column: 1 }];
  }
  return { file, data, doc, lines };
}

/**
 * Line starts counted in the text itself. The parser's own count (the `lineCounter` option) skips the line breaks
 * of lines it recovers over after a syntax error, and later positions then land on an earlier line.
 */
function countLines(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/**
 * Aliases may repeat a list of people or a term in many rows, but a plan they make more than four times larger than
 * its text (and larger than 4 million characters) is an alias bomb: 290 KB that expand to 300,000 rows.
 */
const aliasGrowth = 4;
const minExpandedLimit = 4 * 1024 * 1024;

/** The expanded size; a chain of aliases too deep to measure counts as endless. */
function measureExpandedSizeSafely(doc: Document): number {
  try {
    return measureExpandedSize(doc);
  } catch (e) {
    if (e instanceof RangeError) return Number.POSITIVE_INFINITY;
    throw e;
  }
}

/** Characters that reorder text on screen (U+202E turns «задировано» into «онаворидаз» in one format only). */
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const maxReported = 20;

function findBidiControls(source: string): { offset: number; code: string }[] {
  const found: { offset: number; code: string }[] = [];
  for (const match of source.matchAll(bidiControls)) {
    found.push({
      offset: match.index,
      code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    });
    if (found.length === maxReported) break;
  }
  return found;
}

/** Nesting deeper than this is a broken file, not a plan (and would strain recursive checks). */
const maxDepth = 64;

/**
 * One walk over the collections, without recursion: the first one nested deeper than maxDepth, and the keys that are
 * lists or mappings (`? [a, b]`) — a plan's keys are words, and JS objects cannot hold such keys.
 */
function walkCollections(root: unknown): { tooDeep: Node | undefined; complexKeys: Node[] } {
  const complexKeys: Node[] = [];
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > maxDepth) return { tooDeep: node, complexKeys };
    for (const item of node.items) {
      if (isPair(item) && isCollection(item.key)) complexKeys.push(item.key);
      stack.push([isPair(item) ? item.value : item, depth + 1]);
    }
  }
  complexKeys.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  return { tooDeep: undefined, complexKeys };
}

function findFirstAlias(doc: Document): Node | undefined {
  let first: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      first = node;
      return visit.BREAK;
    },
  });
  return first;
}

/** Where a node starts; the top of the file when it has no position. */
function locate(node: Node | undefined, lines: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : toLineCol(lines.linePos(offset));
}

function toLineCol(pos: { line: number; col: number }) {
  return { line: pos.line, column: pos.col };
}
