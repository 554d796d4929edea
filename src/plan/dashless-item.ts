/** A list item's first line: its indent, «- », then its first key. */
const itemStart = /^( *- +)([^\s:#]+):(?:\s|$)/;

/**
 * A key written twice inside a list item, where the item's first key repeats: the user began a new item and forgot
 * its «- » (`- activity: …` … then `  activity: …` at the indent of the keys), and YAML added the keys to the item
 * above, each after the first a «repeated key». Returns where that item's «- » line starts and its first key, for the
 * caller to say so once per item; undefined when the key is not inside a list item.
 */
export function findItemOfKey(
  source: string,
  offset: number,
): { start: number; firstKey: string } | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const indent = offset - lineStart;
  if (source.slice(lineStart, offset).trim() !== '') return undefined;
  let end = lineStart - 1;
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const line = source.slice(start, end);
    end = start - 1;
    if (/^\s*(#|$)/.test(line)) continue;
    const own = /^ */.exec(line)![0].length;
    if (own > indent) continue;
    const item = itemStart.exec(line);
    if (item && item[1]!.length === indent) return { start, firstKey: item[2]! };
    if (own < indent) return undefined;
  }
  return undefined;
}
