import { Document, isMap, isScalar, isSeq, type Node, visit } from 'yaml';
import type { Note } from './notes.js';

/** Where a note ended up in the YAML text: its line (1-based) and wording. */
export type PlacedNote = { readonly line: number; readonly text: string };

export const marker = 'импорт:';

/**
 * The plan as YAML text with each note as a comment «# импорт: …» above the value it concerns (a note whose value
 * is missing goes above its nearest ancestor), and the lines of those comments for the summary on stderr; `header`,
 * when given, is the plan's first comment.
 */
export function emitYaml(
  plan: unknown,
  notes: readonly Note[],
  header?: string,
): { text: string; placed: PlacedNote[] } {
  const doc = new Document(plan, { keepUndefined: false });
  if (header !== undefined) doc.commentBefore = ` ${header}`;
  visit(doc, {
    Seq(_, seq) {
      const short = seq.items.every((i) => isScalar(i) && /^[a-z0-9_-]+$/.test(String(i.value)));
      if (short && seq.items.length > 0) seq.flow = true;
    },
  });
  for (const note of notes) {
    const target = findNode(doc, note.path);
    // One line each: a comment cut at a line break would be cut in the summary too.
    const comment = ` ${marker} ${note.text.replace(/\s*\n\s*/g, ' ')}`;
    if (target) target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${comment}` : comment;
  }
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const placed = text
    .split('\n')
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => l.text.startsWith(`# ${marker}`))
    .map((l) => ({ line: l.line, text: l.text.slice(`# ${marker} `.length) }));
  return { text, placed };
}

/** The key node of the last map key on the path (so the comment stands above «key:»), or a list item node. */
function findNode(doc: Document, path: readonly (string | number)[]): Node | undefined {
  for (let n = path.length; n > 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const last = path[n - 1];
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      if (pair && isScalar(pair.key)) return pair.key;
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      if (item && (isMap(item) || isSeq(item) || isScalar(item))) return item;
    }
  }
  return undefined;
}

/**
 * The line of a note's comment in the plan's text as it is now (edited since the import, say): of the lines that
 * hold it, the nearest to where it was written; that line when none does.
 */
export function findNoteLine(text: string, note: PlacedNote): number {
  const comment = `# ${marker} ${note.text}`;
  const lines = text.split('\n').flatMap((line, i) => (line.trim() === comment ? [i + 1] : []));
  const distance = (line: number) => Math.abs(line - note.line);
  return lines.reduce((best, line) => (distance(line) < distance(best) ? line : best), lines[0] ?? note.line);
}
