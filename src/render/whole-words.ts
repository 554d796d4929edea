import { softHyphen } from '../language/hyphenation.js';
import type { Block, Cell, DocumentModel, Paragraph, Row, Table } from '../model/schema.js';
import { mapSectionBlocks } from '../model/section-blocks.js';
import { layout, styles, toParagraphSpec } from '../model/styles.js';
import { countCellLines } from './cell-line-count.js';
import { keepColumnNeeds, slackMm } from './column-needs.js';
import { resolveTableWidthsMm } from './column-widths.js';
import { toSetInlines } from './hyphenated.js';
import { freeLeadingNumber } from './leading-number.js';
import { keepWholeSetText, measureSetText } from './set-text.js';
import { type PlacedCell, toInnerWidthsMm, toSpanWidthMm, toTableGrid } from './table-grid.js';

/**
 * A table's words are hyphenated only where that saves its row a line, as a careful typist sets a table: a cell is
 * set without hyphenation when every word of it fits the cell and, so set, it takes no more lines than its row takes
 * anyway (the row's tallest cell, hyphenated; for a cell merged down, the rows it spans). «Ответственные /
 * исполнители», not «Ответственные исполните-/ли» repeated on every page; «Материально- / технические» beside a
 * two-line cell; «Организационный этап» in a stage cell over three rows. The tallest cell of a row keeps its
 * hyphenation, and so does a word wider than its cell. The table's widths are then stated in mm as fitted
 * (column-widths.ts), so that the words made whole change no width.
 */
export function keepWordsWhole(model: DocumentModel): DocumentModel {
  return mapSectionBlocks(model, (block, widthMm) =>
    block.type === 'table' && block.borders === 'grid' ? keepTableWordsWhole(block, widthMm) : block,
  );
}

function keepTableWordsWhole(given: Table, widthMm: number): Table {
  const table = changeCells(given, widthMm, () => true, freeNumbersIn);
  const innerMm = toInnerWidthsMm(resolveTableWidthsMm(table, widthMm));
  const grid = toTableGrid(table);
  const counted = grid.map((row) =>
    row.map((p) =>
      p === 'covered' ? undefined : countCellLines(p.cell, toSpanWidthMm(innerMm, p.column, p.colSpan)),
    ),
  );
  // The lines each row takes anyway: its tallest cell of its own, hyphenated (a row of merged cells only, one).
  const rowLines = grid.map((row, r) =>
    row.reduce((most, p, c) => {
      const lines = p !== 'covered' && p.rowSpan === 1 ? (counted[r]![c]?.hyphenated ?? 0) : 0;
      return Math.max(most, lines);
    }, 1),
  );
  return unhyphenateCells(table, widthMm, (_, placed, r) => {
    const lines = counted[r]![placed.column];
    if (lines === undefined || !lines.dropped) return false;
    const room = rowLines.slice(r, r + placed.rowSpan).reduce((sum, n) => sum + n, 0);
    return lines.whole <= Math.max(room, lines.hyphenated);
  });
}

/**
 * The table with the cells `cells` names (row → indexes into the row's cells) set without hyphenation where every
 * word fits its cell, lines added or not: a page break inside the row then falls between words (lone-lines.ts), in
 * Word as in the PDF, whichever line it falls after.
 */
export function keepCellWordsWhole(
  table: Table,
  widthMm: number,
  cells: ReadonlyMap<number, readonly number[]>,
): Table {
  return unhyphenateCells(
    table,
    widthMm,
    (row, placed, r) => cells.get(r)?.includes(row.cells.indexOf(placed.cell)) === true,
  );
}

/**
 * The paragraphs of the cells `pick` picks set without hyphenation where their words fit whole; the table's widths
 * then in mm as fitted, so that the words made whole change no width.
 */
function unhyphenateCells(
  table: Table,
  widthMm: number,
  pick: (row: Row, placed: PlacedCell, r: number) => boolean,
): Table {
  return changeCells(table, widthMm, pick, unhyphenateBlocks);
}

/**
 * The cells `pick` picks with their blocks changed by `change` at their width between the margins; the table's widths
 * then in mm as fitted, so that what changed changes no width.
 */
function changeCells(
  table: Table,
  widthMm: number,
  pick: (row: Row, placed: PlacedCell, r: number) => boolean,
  change: (blocks: Block[], widthMm: number) => Block[],
): Table {
  const widths = resolveTableWidthsMm(table, widthMm);
  const innerMm = toInnerWidthsMm(widths);
  const grid = toTableGrid(table);
  let changed = false;
  const rows = table.rows.map((row, r) => {
    const placed = new Map<Cell, PlacedCell>();
    for (const p of grid[r] ?? []) if (p !== 'covered') placed.set(p.cell, p);
    const cells = row.cells.map((cell) => {
      const p = placed.get(cell);
      if (p === undefined || !pick(row, p, r)) return cell;
      const children = change(cell.children, toSpanWidthMm(innerMm, p.column, p.colSpan));
      if (children === cell.children) return cell;
      changed = true;
      return { ...cell, children };
    });
    return cells.every((cell, i) => cell === row.cells[i]) ? row : { ...row, cells };
  });
  if (!changed) return table;
  const set: Table = { ...table, widths: widths.map((mm) => ({ mm })), rows };
  keepColumnNeeds(table, set);
  return set;
}

/** The blocks with their paragraphs (in lists too, less the list's indent) unhyphenated where their words fit. */
function unhyphenateBlocks(blocks: Block[], widthMm: number): Block[] {
  return mapParagraphs(blocks, widthMm, (paragraph, at) =>
    fitsWhole(paragraph, at) ? toWholeWords(paragraph) : paragraph,
  );
}

/**
 * The blocks with the number leading a paragraph free to end a line (leading-number.ts) where the paragraph's words
 * fit whole only so: «1.» on a line of its own above «Подготовительный», not «1. Подгото-/вительный».
 */
function freeNumbersIn(blocks: Block[], widthMm: number): Block[] {
  return mapParagraphs(blocks, widthMm, (paragraph, at) => {
    const free = freeLeadingNumber(paragraph);
    return free !== undefined && !fitsWhole(paragraph, at, true) && fitsWhole(free, at, true)
      ? free
      : paragraph;
  });
}

/** The blocks with each paragraph (in lists too, at its width less the list's indent) changed by `change`. */
function mapParagraphs(
  blocks: Block[],
  widthMm: number,
  change: (paragraph: Paragraph, widthMm: number) => Paragraph,
): Block[] {
  const set = blocks.map((block): Block => {
    if (block.type === 'paragraph') return change(block, widthMm);
    if (block.type !== 'list') return block;
    const items = block.items.map((item) => {
      const children = mapParagraphs(item.children, widthMm - layout.listHangingMm, change);
      return children === item.children ? item : { ...item, children };
    });
    return items.every((item, i) => item === block.items[i]) ? block : { ...block, items };
  });
  return set.every((block, i) => block === blocks[i]) ? blocks : set;
}

/** The paragraph set without hyphenation, measured from what was measured of it hyphenated. */
function toWholeWords(paragraph: Paragraph): Paragraph {
  const whole: Paragraph = { ...paragraph, hyphenate: false };
  keepWholeSetText(paragraph, whole);
  return whole;
}

/**
 * Whether every word of the paragraph fits `widthMm` whole, and (unless `anyway`) it has hyphenation points to drop.
 */
function fitsWhole(paragraph: Paragraph, widthMm: number, anyway = false): boolean {
  if (!anyway) {
    if (!styles[paragraph.style].hyphenate || paragraph.hyphenate === false) return false;
    if (
      !toSetInlines(paragraph).some((inline) => inline.type === 'text' && inline.value.includes(softHyphen))
    )
      return false; // nothing to hyphenate: the paragraph stays as it is
  }
  return (
    measureSetText(paragraph).wordMm + slackMm <=
    widthMm - Math.max(toParagraphSpec(paragraph).firstLineMm, 0) + 1e-6
  );
}
