import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces.js';
import { resolveWidthsMm } from '../../model/page.js';
import type { Row, Table } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { type BlockContext, toChildContext } from './context.js';
import { estimateBlocksHeightPt } from './estimate.js';
import { keepRowLevel, toRowCellId } from './keep.js';
import type { ToBlocks } from './list.js';
import { type GridRow, type PlacedCell, toTableGrid } from './table-grid.js';
import { cellPaddingPt, tableLayoutName } from './table-layouts.js';

/** A row estimated taller than this share of the page is let to break (see toPdfTable). */
const tallShare = 0.85;

/**
 * A table. Column widths are the model's, resolved against the width available here, and they are the cells'
 * outer widths as in Word: pdfmake's `widths` exclude padding and rules, so those are subtracted (the table's
 * outer width is then exactly the resolved total; content widths passed down ignore the 0.5 pt rules).
 * Leading `header` rows repeat on every page; rows do not break across pages (`dontBreakRows`), except a row
 * that may be taller than a page: pdfmake would silently drop such a row (issue #1159), so it gets
 * `pageBreak: 'before'` on every cell, which pdfmake reads as "this row may break" — the row starts on a new page
 * and continues over the next ones, as Word and LibreOffice do with such a row.
 */
export function toPdfTable(table: Table, ctx: BlockContext, toBlocks: ToBlocks): ContentTable {
  // Inner widths in mm (without padding) for the cells' content; the rules (0.5 pt) are taken off in pt below.
  const innerMm = resolveWidthsMm(table.widths, ctx.widthMm).map((w) =>
    Math.max(w - 2 * layout.cellPaddingXMm, 0),
  );
  const rulePt = table.borders === 'grid' ? layout.borderPt : 0;
  const rulesPerColumnPt = (rulePt * (innerMm.length + 1)) / innerMm.length;
  const grid = toTableGrid(table);
  const headerRows = countHeaderRows(table.rows);
  const tall = findTallRows(grid, innerMm, headerRows, ctx);
  const body = grid.map((gridRow, r) =>
    gridRow.map((placed) =>
      placed === 'covered' ? {} : toPdfCell(placed, r, { table, innerMm, tall, ctx, toBlocks }),
    ),
  );
  return {
    table: {
      widths: innerMm.map((w) => Math.max(mmToPt(w) - rulesPerColumnPt, 0)),
      headerRows,
      // Keep the repeated header with the first body row, unless that row may be taller than a page.
      ...(headerRows > 0 &&
        headerRows < table.rows.length &&
        !tall.has(headerRows) && { keepWithHeaderRows: 1 }),
      dontBreakRows: true,
      body,
    },
    layout: tableLayoutName(table.borders),
  };
}

function countHeaderRows(rows: readonly Row[]): number {
  const first = rows.findIndex((row) => !row.header);
  return first < 0 ? rows.length : first;
}

type CellInput = {
  readonly table: Table;
  readonly innerMm: readonly number[];
  readonly tall: ReadonlySet<number>;
  readonly ctx: BlockContext;
  readonly toBlocks: ToBlocks;
};

function toPdfCell(placed: PlacedCell, r: number, input: CellInput): TableCell {
  const { cell, column, colSpan, rowSpan } = placed;
  const { table, ctx } = input;
  const widthMm = toSpanWidthMm(input.innerMm, column, colSpan);
  const cellCtx = toChildContext(ctx, `r${r}.c${column}`, {
    widthMm,
    inTable: true,
    inList: false,
    align: cell.align,
  });
  const keepsNext = table.rows[r]?.keepNext === true && r + 1 < table.rows.length;
  const pairedWithNext = keepsNext || table.rows[r - 1]?.keepNext === true;
  const stack: Content[] = input.toBlocks(cell.children, cellCtx);
  return {
    stack,
    ...(colSpan > 1 && { colSpan }),
    ...(rowSpan > 1 && { rowSpan }),
    ...(cell.valign &&
      cell.valign !== 'top' && { verticalAlignment: cell.valign === 'center' ? 'middle' : 'bottom' }),
    ...(input.tall.has(r) && { pageBreak: 'before' as const }),
    ...(pairedWithNext && { id: toRowCellId(ctx.path, r, column) }),
    ...(keepsNext && { headlineLevel: keepRowLevel }),
  };
}

/** Width of the content of a cell spanning columns: the spanned inner widths plus the padding between them. */
function toSpanWidthMm(innerMm: readonly number[], column: number, colSpan: number): number {
  const spanned = innerMm.slice(column, column + colSpan).reduce((sum, w) => sum + w, 0);
  return spanned + (colSpan - 1) * 2 * layout.cellPaddingXMm;
}

/** Body rows that might not fit on one page below the repeated header rows. */
function findTallRows(
  grid: readonly GridRow[],
  innerMm: readonly number[],
  headerRows: number,
  ctx: BlockContext,
) {
  const heights = grid.map((row) => estimateRowHeightPt(row, innerMm));
  const headerPt = heights.slice(0, headerRows).reduce((sum, h) => sum + h, 0);
  const roomPt = mmToPt(ctx.pageTextHeightMm) - headerPt;
  const tall = new Set<number>();
  heights.forEach((h, r) => {
    if (r >= headerRows && h > tallShare * roomPt) tall.add(r);
  });
  return tall;
}

function estimateRowHeightPt(row: GridRow, innerMm: readonly number[]): number {
  const cells = row.filter((placed): placed is PlacedCell => placed !== 'covered' && placed.rowSpan === 1);
  const contentPt = cells.map((p) =>
    estimateBlocksHeightPt(p.cell.children, toSpanWidthMm(innerMm, p.column, p.colSpan)),
  );
  return Math.max(0, ...contentPt) + 2 * cellPaddingPt.y + layout.borderPt;
}
