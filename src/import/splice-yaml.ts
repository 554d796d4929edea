import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';

/**
 * Text to put into a plan's text at an offset (in place of the text up to `end`, if given): the plan is edited,
 * never emitted again.
 */
export type Insertion = { readonly at: number; readonly end?: number; readonly text: string };

/** The text with the insertions made, and where each one starts in it; insertions at one offset go in their order. */
export function applyInsertions(
  text: string,
  insertions: readonly Insertion[],
): { text: string; starts: number[] } {
  const order = insertions.map((_, i) => i).sort((a, b) => insertions[a]!.at - insertions[b]!.at);
  const starts: number[] = [];
  let out = '';
  let from = 0;
  for (const i of order) {
    const { at, end, text: piece } = insertions[i]!;
    out += text.slice(from, at);
    // A plan whose last line has no line break: the insertion starts a line of its own.
    const lead = at === text.length && at > 0 && !text.endsWith('\n') && !out.endsWith('\n') ? '\n' : '';
    out += lead;
    starts[i] = out.length;
    out += piece;
    from = end ?? at;
  }
  return { text: out + text.slice(from), starts };
}

/** The start of the line after the one where a node's text ends (its last character that is not a space). */
export function findLineAfter(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  const next = text.indexOf('\n', e);
  return next < 0 ? text.length : next + 1;
}

/** The start of a top-level key's line, or of the comment lines right above it, which belong to it. */
export function findKeyBlockStart(text: string, keyStart: number): number {
  let start = text.lastIndexOf('\n', keyStart - 1) + 1;
  for (;;) {
    if (start === 0) return start;
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(previous, start).trimStart().startsWith('#')) return start;
    start = previous;
  }
}

/** The column (0-based) of an offset. */
export const columnAt = (lines: LineCounter, offset: number) => lines.linePos(offset).col - 1;

/**
 * The lines under a top-level key of YAML that emitYaml wrote (keys at column 0, their content indented by 2), the
 * comments above the next key left out; undefined when there is no such key.
 */
export function readSection(text: string, key: string): string[] | undefined {
  const lines = text.split('\n');
  const at = lines.indexOf(`${key}:`);
  if (at < 0) return undefined;
  let end = at + 1;
  while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end] === '')) end++;
  return lines.slice(at + 1, end).filter((l) => l !== '');
}

/** Lines moved right (or left) by `delta` columns. */
export const shiftLines = (lines: readonly string[], delta: number): string[] =>
  lines.map((l) => (delta >= 0 ? ' '.repeat(delta) + l : l.slice(-delta)));

/** A block mapping written over lines, with at least one entry: where entries can be added as text. */
export function isBlockMap(node: unknown): node is YAMLMap<Node, Node> {
  return isMap(node) && !node.flow && node.items.length > 0;
}

/** A value of a key that is there but empty («people:»). */
export const isEmptyValue = (node: unknown) => node === null || (isScalar(node) && node.value === null);

/** A block sequence written over lines, with at least one item. */
export const isBlockSeq = (node: unknown) => isSeq(node) && !node.flow && node.items.length > 0;
