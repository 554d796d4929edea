import type { DocBlock, DocParagraph } from '../docx/blocks.js';

/**
 * How many paragraphs after the title at `at` go on with it: centred and bold as the title is, opening with a small
 * letter («Дорожная карта» ⏎ «по внедрению цифровой образовательной среды …» ⏎ «на 2025–2026 годы») or with a
 * quotation mark: a project's name in quotes on a line of its own, under «… по реализации проекта». They are
 * the title's further lines, as `title: |` writes them, not headings of the text.
 */
export function countTitleLines(blocks: readonly DocBlock[], at: number): number {
  const title = blocks[at];
  if (title?.kind !== 'paragraph' || title.align !== 'center') return 0;
  let n = 0;
  while (goesOn(title, blocks[at + 1 + n])) n += 1;
  return n;
}

function goesOn(title: DocParagraph, next: DocBlock | undefined): boolean {
  if (next?.kind !== 'paragraph' || next.marker || next.pageBreak) return false;
  const text = next.text.trim();
  return (
    next.align === title.align &&
    next.bold === title.bold &&
    /^[\p{Ll}«"„“]/u.test(text) &&
    !/[.:;]$/.test(text)
  );
}
