/**
 * Where a place in a plan's text is, as the keys leading to it: `documents → (item) → items → (item) → activity`.
 * Read from the indentation alone, so that it works while the user is typing and the text is not yet valid YAML.
 * A list item is `item`: which one does not matter to the schema.
 */
export const item = Symbol('item');
export type PathStep = string | typeof item;

type Line = {
  readonly key?: string | undefined;
  readonly keyColumn: number;
  readonly dashes: readonly number[];
};

/** The path of the mapping that a key starting at `column` of line `lineIndex` (0-based) belongs to. */
export function findParentPath(lines: readonly string[], lineIndex: number, column: number): PathStep[] {
  const path: PathStep[] = [];
  let limit = column;
  // The place's own line: list markers before it open items.
  const own = readLine(lines[lineIndex] ?? '');
  const enterItems = (dashes: readonly number[]) => {
    for (const dash of [...dashes].reverse()) {
      if (dash >= limit) continue;
      path.unshift(item);
      limit = dash;
    }
  };
  enterItems(own?.dashes ?? []);
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const line = readLine(lines[i]!);
    if (line === undefined) continue;
    if (line.key !== undefined && line.keyColumn < limit) {
      path.unshift(line.key);
      limit = line.keyColumn;
    } else if (line.keyColumn !== limit || line.dashes.length === 0) {
      continue;
    }
    enterItems(line.dashes);
  }
  return path;
}

/** The key a line starts with and its column, after any `- ` markers; undefined for blank and comment lines. */
export function readLine(text: string): Line | undefined {
  const match = /^(\s*)((?:-\s+)*)(.*)$/.exec(text)!;
  const rest = match[3]!;
  if (rest.startsWith('#') || (rest === '' && match[2] === '')) return undefined;
  const dashes: number[] = [];
  let at = match[1]!.length;
  for (const marker of match[2]!.match(/-\s+/g) ?? []) {
    dashes.push(at);
    at += marker.length;
  }
  const key = /^([A-Za-z_][\w-]*)\s*:(\s|$)/.exec(rest)?.[1];
  return { key, keyColumn: at, dashes };
}
