import { softHyphen } from '../language/hyphenation.js';
import type { Block, Cell, DocumentModel, Paragraph, Table } from '../model/schema.js';
import { mapSectionBlocks } from '../model/section-blocks.js';
import { styles, toParagraphSpec } from '../model/styles.js';
import { slackMm } from './column-needs.js';
import { resolveTableWidthsMm } from './column-widths.js';
import { toSetInlines } from './hyphenated.js';
import { measureSetText } from './set-text.js';
import { type PlacedCell, toInnerWidthsMm, toSpanWidthMm, toTableGrid } from './table-grid.js';
import { countWrappedLines, toWrappableLine } from './wrapped-lines.js';

/**
 * A table's head and its stage names (cells merged down) set without hyphenation where every word fits its cell and
 * breaking between words alone costs no line: «Ответственные / исполнители», not «Ответственные исполните-/ли»
 * repeated on every page, «Подготовительный / этап», not «Подготови-/тельный этап» — as a careful typist sets a
 * heading. The table's widths are then stated in mm as fitted (column-widths.ts), so that the words made whole change
 * no width; a word wider than its cell, or a break that would add a line, keeps its hyphenation points.
 */
export function keepHeadWordsWhole(model: DocumentModel): DocumentModel {
  return mapSectionBlocks(model, keepTableHeadWords);
}

function keepTableHeadWords(block: Block, widthMm: number): Block {
  if (block.type !== 'table' || block.borders !== 'grid') return block;
  const widths = resolveTableWidthsMm(block, widthMm);
  const innerMm = toInnerWidthsMm(widths);
  const placed = new Map<Cell, PlacedCell>();
  for (const row of toTableGrid(block)) for (const p of row) if (p !== 'covered') placed.set(p.cell, p);
  let changed = false;
  const rows = block.rows.map((row) => {
    const cells = row.cells.map((cell) => {
      const p = placed.get(cell);
      if (p === undefined || !(row.header || p.rowSpan > 1)) return cell;
      const spanMm = toSpanWidthMm(innerMm, p.column, p.colSpan);
      const children = cell.children.map((child) =>
        child.type === 'paragraph' && fitsUnhyphenated(child, spanMm)
          ? { ...child, hyphenate: false as const }
          : child,
      );
      if (children.every((child, i) => child === cell.children[i])) return cell;
      changed = true;
      return { ...cell, children };
    });
    return cells.every((cell, i) => cell === row.cells[i]) ? row : { ...row, cells };
  });
  if (!changed) return block;
  const table: Table = { ...block, widths: widths.map((mm) => ({ mm })), rows };
  return table;
}

/** Whether the paragraph, unhyphenated, has every word within `widthMm` and takes no more lines than hyphenated. */
function fitsUnhyphenated(paragraph: Paragraph, widthMm: number): boolean {
  if (!styles[paragraph.style].hyphenate || paragraph.hyphenate === false) return false;
  if (!toSetInlines(paragraph).some((inline) => inline.type === 'text' && inline.value.includes(softHyphen)))
    return false; // nothing to hyphenate: the paragraph stays as it is
  const whole = { ...paragraph, hyphenate: false as const };
  const set = measureSetText(whole);
  if (set.wordMm + slackMm > widthMm) return false;
  return countLines(whole, widthMm) <= countLines(paragraph, widthMm);
}

function countLines(paragraph: Paragraph, widthMm: number): number {
  const { sizePt, bold } = toParagraphSpec(paragraph);
  return measureSetText(paragraph)
    .lines.map((line) => countWrappedLines(toWrappableLine(line, sizePt, bold, 0), widthMm))
    .reduce((sum, n) => sum + n, 0);
}
