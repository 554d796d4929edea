/**
 * A line above a given one that it may belong to or stand beside: no line between them starts further left. Read
 * from the nearest up, these lines are the keys and list items around the given line, one per level it could be on.
 */
export type LadderStep = {
  /** Line number from 1, as the user sees it. */
  readonly line: number;
  /** Where the line's text starts (its «-» or its key). */
  readonly indent: number;
  /** Whether the line starts a list item. */
  readonly dash: boolean;
  /** The key the line starts with, after its «- » if any. */
  readonly key: string | undefined;
  /** Where that key starts: after the «- » on an item's line. */
  readonly keyColumn: number;
  /** Whether nothing follows the key's colon: what belongs to it is on the lines below. */
  readonly opens: boolean;
};

const linePattern = /^( *)(- +)?(?:([^\s#:"'{[-][^:#]*?):(?:\s|$))?/;

/** The steps in `above` (the text above a line, without its last line break), nearest first, up to the left edge. */
export function readLadder(above: string): LadderStep[] {
  const lines = above.split('\n');
  const steps: LadderStep[] = [];
  let least = Number.POSITIVE_INFINITY;
  for (let i = lines.length - 1; i >= 0 && least > 0; i--) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const match = linePattern.exec(line)!;
    const indent = match[1]!.length;
    if (indent > least) continue;
    least = indent;
    const keyColumn = indent + (match[2]?.length ?? 0);
    const key = match[3];
    const opens = key !== undefined && line.slice(keyColumn + key.length + 1).trim() === '';
    steps.push({ line: i + 1, indent, dash: match[2] !== undefined, key, keyColumn, opens });
  }
  return steps;
}
