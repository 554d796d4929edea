import { softHyphen } from '../language/hyphenation.js';
import type { Block, Paragraph } from '../model/schema.js';
import { layout, styles, toParagraphSpec } from '../model/styles.js';
import { mmToPt } from '../model/units.js';
import { lineHeightEm, measureEm } from './measure.js';
import { measureSetText, type SetWord } from './set-text.js';

/**
 * An estimate of how tall blocks will be, in pt, without laying them out: words measured in the embedded font,
 * wrapped greedily at spaces only (pdfmake may also break after a hyphen, so the estimate errs on the tall side).
 * It answers "could this table row be taller than a page?" (table.ts); a row that fits must not be taken for one
 * that does not, or it would break where Word keeps it whole.
 */
export function estimateBlocksHeightPt(blocks: readonly Block[], widthMm: number): number {
  return blocks.reduce((sum, block) => sum + estimateBlockHeightPt(block, widthMm), 0);
}

function estimateBlockHeightPt(block: Block, widthMm: number): number {
  switch (block.type) {
    case 'paragraph':
      return estimateParagraphHeightPt(block, widthMm);
    case 'list':
      return block.items.reduce(
        (sum, item) => sum + estimateBlocksHeightPt(item.children, widthMm - layout.listHangingMm),
        0,
      );
    case 'table':
      // Nested tables are rare in cells; count every cell's content as if it had the whole width to itself.
      return block.rows.reduce(
        (sum, row) =>
          sum +
          Math.max(
            0,
            ...row.cells.map((cell) => estimateBlocksHeightPt(cell.children, widthMm / row.cells.length)),
          ),
        0,
      );
    case 'pageBreak':
      return 0;
    case 'contents':
      return block.entries.length * lineHeightEm() * styles.contents.sizePt;
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}

const spaceEm = 0.25;

function estimateParagraphHeightPt(paragraph: Paragraph, widthMm: number): number {
  const spec = toParagraphSpec(paragraph);
  const widthPt = Math.max(mmToPt(widthMm - spec.firstLineMm), 1);
  const lines = measureSetText(paragraph).lines.reduce(
    (sum, line) => sum + estimateLineCount(line.words, widthPt, spec.sizePt, spec.bold),
    0,
  );
  return lines * spec.sizePt * lineHeightEm() + spec.spaceBeforePt + spec.spaceAfterPt;
}

/**
 * Greedy word wrap as pdfmake wraps: whole words first; a word that does not fit breaks at its soft hyphens
 * (hyphenated.ts), each line ending in a hyphen; a piece longer than the line is broken anywhere.
 */
function estimateLineCount(
  words: readonly SetWord[],
  widthPt: number,
  sizePt: number,
  bold: boolean,
): number {
  const scale = sizePt;
  const hyphenPt = measureEm('-', bold) * scale;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = word.em * scale;
    const start = used === 0 ? 0 : used + spaceEm * scale;
    if (start + width <= widthPt) {
      used = start + width;
      continue;
    }
    used = start;
    word.partsEm.forEach((partEm, i) => {
      const partPt = partEm * scale;
      const endPt = i === word.partsEm.length - 1 ? 0 : hyphenPt;
      if (used > 0 && used + partPt + endPt > widthPt) {
        lines += 1;
        used = 0;
      }
      if (partPt + endPt <= widthPt) {
        used += partPt;
        return;
      }
      const broken = breakWordPt(word.text.split(softHyphen)[i]!, widthPt, scale, bold);
      lines += broken.lines - 1;
      used = broken.lastPt;
    });
  }
  return lines;
}

/**
 * A word wider than the line, broken between characters as pdfmake and Word break it: each line takes as many
 * whole characters as fit (at least one), so a narrow column loses the unfilled end of every line.
 */
function breakWordPt(
  word: string,
  widthPt: number,
  scale: number,
  bold: boolean,
): { lines: number; lastPt: number } {
  let lines = 1;
  let used = 0;
  for (const char of word) {
    const width = measureEm(char, bold) * scale;
    if (used > 0 && used + width > widthPt) {
      lines += 1;
      used = 0;
    }
    used += width;
  }
  return { lines, lastPt: used };
}

/**
 * An upper bound of estimateBlocksHeightPt that wraps no words, from each line of the text as measured (set-text.ts,
 * done once per paragraph for the column widths). Greedy wrapping ends a line only where the next part of a word
 * (between soft hyphens) does not fit after it with a space and a hyphen: so every line but the last is filled to
 * more than the width less a space, a hyphen and the line's widest part; and any two lines in a row to more than the
 * width less a space and a hyphen (their parts together did not fit on the first).
 */
export function boundBlocksHeightPt(blocks: readonly Block[], widthMm: number): number {
  let sum = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') sum += boundParagraphHeightPt(block, widthMm);
    else if (block.type === 'list')
      sum += block.items.reduce(
        (h, item) => h + boundBlocksHeightPt(item.children, widthMm - layout.listHangingMm),
        0,
      );
    else sum += estimateBlockHeightPt(block, widthMm);
  }
  return sum;
}

function boundParagraphHeightPt(paragraph: Paragraph, widthMm: number): number {
  const spec = toParagraphSpec(paragraph);
  const widthPt = Math.max(mmToPt(widthMm - spec.firstLineMm), 1);
  const filledPt = widthPt - (spaceEm + measureEm('-', spec.bold)) * spec.sizePt;
  let lines = 0;
  for (const line of measureSetText(paragraph).lines) {
    const textPt = line.em * spec.sizePt;
    if (textPt <= widthPt) {
      lines += 1;
      continue;
    }
    if (filledPt <= 0) return estimateParagraphHeightPt(paragraph, widthMm);
    const leastPt = filledPt - line.widestPartEm * spec.sizePt;
    const pairs = 2 * Math.ceil(textPt / filledPt) + 1;
    lines += leastPt > 0 ? Math.min(Math.floor(textPt / leastPt) + 1, pairs) : pairs;
  }
  return lines * spec.sizePt * lineHeightEm() + spec.spaceBeforePt + spec.spaceAfterPt;
}
