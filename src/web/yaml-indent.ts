import { readLine } from './yaml-path.js';

/** Columns a nested block goes deeper than its key, as the plans of data/ and the editor's Tab indent. */
export const indentStep = 2;

/**
 * Where a new line starts after `before` (the text of the line up to the break), so that Enter continues the plan at
 * its level: after `- activity: …` where the item's next key goes; after `items:` (or `text: |`) one step deeper, where
 * its block goes; after any other key where the next key of its mapping goes; after a plain list entry, a comment or
 * a blank line, at the same indentation.
 */
export function indentAfter(before: string): number {
  const own = /^\s*/.exec(before)![0].length;
  const line = readLine(before);
  if (line?.key === undefined) return own;
  const value = before.slice(line.keyColumn + line.key.length).replace(/^\s*:/, '');
  const opensBlock = /^\s*([|>][-+0-9]*)?\s*(#.*)?$/.test(value);
  return opensBlock ? line.keyColumn + indentStep : line.keyColumn;
}
