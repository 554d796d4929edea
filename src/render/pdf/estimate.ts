import type { Block, Inline, Paragraph } from '../../model/schema.js';
import { layout, styles } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { splitLines } from './inlines.js';

/**
 * A pessimistic estimate of how tall blocks will be, in pt, without laying them out. It only has to answer
 * "could this table row be taller than a page?" (table.ts), so it errs on the tall side: every glyph is taken at
 * least as wide as in any face of Liberation Serif (Russian text averages 0.47 em, capitals 0.65 em), lines taller.
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
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}

const lineHeightEm = 1.2; // Liberation Serif's line is 1.107 em
const spaceEm = 0.28;

function estimateParagraphHeightPt(paragraph: Paragraph, widthMm: number): number {
  const spec = styles[paragraph.style];
  const widthPt = Math.max(mmToPt(widthMm - spec.firstLineMm), 1);
  const lines = splitLines(paragraph.children).reduce(
    (sum, line) => sum + estimateLineCount(line, widthPt, spec.sizePt, spec.bold),
    0,
  );
  return lines * spec.sizePt * lineHeightEm + spec.spaceBeforePt + spec.spaceAfterPt;
}

/** Greedy word wrap with pessimistic glyph widths; a word longer than the line is broken anywhere. */
function estimateLineCount(
  inlines: readonly Inline[],
  widthPt: number,
  sizePt: number,
  bold: boolean,
): number {
  const words = inlines
    .map((inline) => (inline.type === 'text' ? inline.value : ' '))
    .join('')
    .split(' ')
    .filter((word) => word.length > 0);
  const scale = sizePt * (bold ? 1.1 : 1);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = [...word].reduce((sum, ch) => sum + estimateGlyphEm(ch), 0) * scale;
    const needed = used === 0 ? width : used + spaceEm * scale + width;
    if (needed <= widthPt) {
      used = needed;
    } else if (width <= widthPt) {
      lines += used === 0 ? 0 : 1;
      used = width;
    } else {
      lines += (used === 0 ? 0 : 1) + Math.ceil(width / widthPt) - 1;
      used = width % widthPt;
    }
  }
  return lines;
}

/**
 * Glyphs wider than the defaults below in some face of Liberation Serif (bold measured against 1.1 × regular);
 * none is wider than 1.05 em. Checked against the font files with pdfkit's widthOfString.
 */
const wideGlyphs = new Set([...'%&+<=>@MWmwЖМШЩЫЮжмтфшщыю—№…']);

function estimateGlyphEm(ch: string): number {
  if (wideGlyphs.has(ch)) return 1.05;
  return ch !== ch.toLowerCase() ? 0.82 : 0.56;
}
