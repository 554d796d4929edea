import type { ContentTable } from 'pdfmake/interfaces.js';
import { resolveWidthsMm } from '../../model/page.js';
import type { Row, Table } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import type { ToBlocks } from './blocks.js';
import type { BlockContext } from './context.js';
import { estimateBlocksHeightPt } from './estimate.js';
import { type TallRowBreak, toPdfCell } from './table-cell.js';
import { type GridRow, type PlacedCell, toSpanWidthMm, toTableGrid } from './table-grid.js';
import { cellPaddingPt, tableLayoutName } from './table-layouts.js';

/** A row estimated (pessimistically) taller than this share of the room below the header may break. */
const tallShare = 0.95;
/**
 * The last row (of several cells) breaks only when clearly too tall: a break after its shortest cell would leave
 * a page holding just the repeated header, so an estimate that is merely pessimistic must not trigger it.
 */
const lastRowTallShare = 1.25;

/**
 * A table. Column widths are the model's, resolved against the width available here, and they are the cells'
 * outer widths as in Word: pdfmake's `widths` exclude padding and rules, so those are subtracted (the table's
 * outer width is then exactly the resolved total; content widths passed down ignore the 0.5 pt rules).
 *
 * Leading `header` rows repeat on every page and are kept with the first body row. Rows do not break across
 * pages (`dontBreakRows`) — except a row that may be taller than a page, which pdfmake would silently drop
 * (issue #1159: an unbreakable block keeps only its first page, here not even that). pdfmake lets a row break
 * when one of its cells has an explicit page break; findTallRows picks that cell.
 */
export function toPdfTable(
  table: Table,
  ctx: BlockContext,
  toBlocks: ToBlocks,
  leadId?: string,
): ContentTable {
  // Inner widths in mm (without padding) for the cells' content; the rules (0.5 pt) are taken off in pt below.
  const innerMm = resolveWidthsMm(table.widths, ctx.widthMm).map((w) =>
    Math.max(w - 2 * layout.cellPaddingXMm, 0),
  );
  const rulePt = table.borders === 'grid' ? layout.borderPt : 0;
  const rulesPerColumnPt = (rulePt * (innerMm.length + 1)) / innerMm.length;
  const grid = toTableGrid(table);
  const headerRows = countHeaderRows(table.rows);
  const tall = findTallRows(grid, innerMm, headerRows, ctx);
  const input = { table, innerMm, headerRows, tall, ctx, toBlocks, leadId };
  const body = grid.map((gridRow, r) =>
    gridRow.map((placed) =>
      placed === 'covered' ? {} : toPdfCell(placed, r, isFirstCell(gridRow, placed), input),
    ),
  );
  return {
    table: {
      widths: innerMm.map((w) => Math.max(mmToPt(w) - rulesPerColumnPt, 0)),
      headerRows,
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

function isFirstCell(row: GridRow, placed: PlacedCell): boolean {
  return row.find((p) => p !== 'covered') === placed;
}

/**
 * Body rows that might not fit on one page below the repeated header rows, with the cell that makes each one
 * breakable: the cell estimated shortest gets `pageBreak: 'after'` — the row then starts where it is and
 * continues over the pages its tallest cell needs, and the short cell's break lands on one of those pages. (A
 * `'before'` on every cell would move the row to a new page, but pdfmake then draws an empty box of the last
 * page's height on the first one: DocumentContext.moveToNextPage takes `bottomMost.y` of a later page.) A row
 * with a single cell gets `'before'` on it. Should the estimate be wrong and the row fit after all, the only
 * cost is that the next row starts a new page.
 */
function findTallRows(
  grid: readonly GridRow[],
  innerMm: readonly number[],
  headerRows: number,
  ctx: BlockContext,
): ReadonlyMap<number, TallRowBreak> {
  const cells = grid.map((row) => row.filter((placed): placed is PlacedCell => placed !== 'covered'));
  const heights = cells.map((row) => row.map((p) => estimateCellHeightPt(p, innerMm)));
  const rowHeights = cells.map((row, r) =>
    Math.max(0, ...row.map((p, c) => (p.rowSpan === 1 ? (heights[r]?.[c] ?? 0) : 0))),
  );
  const headerPt = rowHeights.slice(0, headerRows).reduce((sum, h) => sum + h, 0);
  const roomPt = mmToPt(ctx.pageTextHeightMm) - headerPt;
  const tall = new Map<number, TallRowBreak>();
  rowHeights.forEach((h, r) => {
    const row = cells[r] ?? [];
    const share = r === rowHeights.length - 1 && row.length > 1 ? lastRowTallShare : tallShare;
    if (r < headerRows || h <= share * roomPt || row.length === 0) return;
    if (row.length === 1) {
      tall.set(r, { column: row[0]?.column ?? 0, pageBreak: 'before' });
      return;
    }
    const order = row
      .map((p, c) => ({ p, h: (heights[r]?.[c] ?? 0) + (p.rowSpan > 1 ? 1e6 : 0) }))
      .sort((a, b) => a.h - b.h);
    tall.set(r, { column: order[0]?.p.column ?? 0, pageBreak: 'after' });
  });
  return tall;
}

function estimateCellHeightPt(placed: PlacedCell, innerMm: readonly number[]): number {
  const content = estimateBlocksHeightPt(
    placed.cell.children,
    toSpanWidthMm(innerMm, placed.column, placed.colSpan),
  );
  return content + 2 * cellPaddingPt.y + layout.borderPt;
}
