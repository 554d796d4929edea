import type { Block, Cell, Paragraph } from '../model/schema.js';
import { layout, styles, toParagraphSpec } from '../model/styles.js';
import { slackMm } from './column-needs.js';
import { measureSetText, type SetText } from './set-text.js';
import { countWrappedLines, toWrappableLine } from './wrapped-lines.js';

const ptPerMm = 72 / 25.4;

/** A cell's lines at a width: as set, and with the hyphenation points dropped where its words fit whole. */
export type CellLineCount = { hyphenated: number; whole: number; dropped: boolean };

/**
 * The lines of a cell's text at a width, as set (`hyphenated`) and with its hyphenation points dropped where every
 * word of a paragraph fits whole (`whole`; `dropped`, whether any paragraph had points to drop). Counted from the text
 * as measured once (set-text.ts), the way the column widths count it, the whole words with the slack a piece is given
 * there.
 */
export function countCellLines(cell: Cell, widthMm: number): CellLineCount {
  const counted = { hyphenated: 0, whole: 0, dropped: false };
  countBlocks(cell.children, widthMm, 0, counted);
  return counted;
}

function countBlocks(
  blocks: readonly Block[],
  widthMm: number,
  indentMm: number,
  counted: CellLineCount,
): void {
  for (const block of blocks) {
    if (block.type === 'list')
      for (const item of block.items)
        countBlocks(item.children, widthMm, indentMm + layout.listHangingMm, counted);
    else if (block.type === 'paragraph') countParagraph(block, widthMm, indentMm, counted);
  }
}

function countParagraph(
  paragraph: Paragraph,
  widthMm: number,
  indentMm: number,
  counted: CellLineCount,
): void {
  const { sizePt, bold, firstLineMm } = toParagraphSpec(paragraph);
  const set = measureSetText(paragraph);
  const at = indentMm + firstLineMm;
  const droppable = isDroppable(paragraph, set, widthMm - Math.max(at, 0));
  if (droppable) counted.dropped = true;
  for (const line of set.lines) {
    // A line that fits unbroken is one line either way: most cells of a roadmap (a date, a name) are.
    if ((line.em * sizePt) / ptPerMm + at <= widthMm - slackMm) {
      counted.hyphenated += 1;
      counted.whole += 1;
      continue;
    }
    const wrappable = toWrappableLine(line, sizePt, bold, at);
    const hyphenated = countWrappedLines(wrappable, widthMm);
    counted.hyphenated += hyphenated;
    counted.whole += droppable
      ? countWrappedLines(wrappable, widthMm - slackMm, undefined, false)
      : hyphenated;
  }
}

/** Whether the paragraph has hyphenation points to drop and every word of it fits `widthMm` whole. */
function isDroppable(paragraph: Paragraph, set: SetText, widthMm: number): boolean {
  if (!styles[paragraph.style].hyphenate || paragraph.hyphenate === false) return false;
  if (set.wordMm + slackMm > widthMm + 1e-6) return false; // a column fitted to the word has it exactly
  for (const line of set.lines) for (const word of line.words) if (word.partsEm.length > 1) return true;
  return false;
}
