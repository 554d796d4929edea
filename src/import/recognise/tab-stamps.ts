import type { DocBlock, DocParagraph } from '../docx/blocks.js';
import { isStampWord } from './stamps.js';

/**
 * Stamps side by side laid out with tabs rather than a table: «СОГЛАСОВАНО⇥УТВЕРЖДАЮ», then lines
 * «Председатель Управляющего совета⇥Директор МАОУ «Гимназия № 4»», «_____ Н.В. Лаптева⇥_____ А.А. Смирнов»…
 * Returns each stamp's lines and how many blocks they take, or undefined when the blocks open otherwise.
 */
export function readTabStamps(
  blocks: readonly DocBlock[],
): { columns: string[][]; taken: number } | undefined {
  const first = blocks[0];
  const words = first?.kind === 'paragraph' ? first.text.trim().split(/\t+/) : [];
  if (words.length < 2 || !words.every((w) => isStampWord(w.trim()))) return undefined;
  const columns: string[][] = words.map((w) => [w.trim()]);
  let taken = 1;
  for (const block of blocks.slice(1)) {
    if (block.kind !== 'paragraph' || !block.text.includes('\t')) break;
    placeParts(block, columns);
    taken++;
  }
  return { columns, taken };
}

/** A line's parts into the columns: all of them, or a line that starts with a tab from the right. */
function placeParts(p: DocParagraph, columns: string[][]): void {
  const parts = p.text
    .trim()
    .split(/\t+/)
    .map((part) => part.trim());
  const fromRight = /^\s*\t/.test(p.text) && parts.length < columns.length;
  const offset = fromRight ? columns.length - parts.length : 0;
  parts.forEach((part, i) => {
    if (part !== '') columns[Math.min(offset + i, columns.length - 1)]!.push(part);
  });
}
