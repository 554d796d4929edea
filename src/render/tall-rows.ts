import { layout } from '../model/styles.js';
import { mmToPt } from '../model/units.js';
import { boundBlocksHeightPt, estimateBlocksHeightPt } from './estimate.js';
import { type GridRow, type PlacedCell, toSpanWidthMm } from './table-grid.js';

/** How a row taller than a page is made breakable in the PDF: a page break after (or before) one of its cells. */
export type TallRowBreak = { readonly column: number; readonly pageBreak: 'before' | 'after' };

/** A row estimated taller than this share of the room below the header may break. */
const tallShare = 1;
/**
 * The last row (of several cells) breaks only when clearly too tall: a break after its shortest cell would leave
 * a page holding just the repeated header, so an estimate that is merely pessimistic must not trigger it.
 */
const lastRowTallShare = 1.1;

/**
 * Body rows that might not fit on one page below the repeated header rows. Both renderers let only these rows
 * break across pages (Word's «cantSplit» is left off them: LibreOffice clips a cantSplit row taller than a page),
 * so a tall row starts where it is and flows on in the DOCX and the PDF alike.
 *
 * For pdfmake each comes with the cell that makes it breakable: the cell estimated shortest gets
 * `pageBreak: 'after'`. (A `'before'` on every cell would move the row to a new page, but pdfmake then draws an
 * empty box of the last page's height on the first one: DocumentContext.moveToNextPage takes `bottomMost.y` of a
 * later page.) A row with a single cell gets `'before'` on it.
 */
export function findTallRows(
  grid: readonly GridRow[],
  innerMm: readonly number[],
  headerRows: number,
  pageTextHeightMm: number,
): ReadonlyMap<number, TallRowBreak> {
  // Both renderers ask for the same table (its grid is made once, table-grid.ts) on the same page.
  const key = `${innerMm.join(' ')}|${headerRows}|${pageTextHeightMm}`;
  const known = found.get(grid) ?? new Map<string, ReadonlyMap<number, TallRowBreak>>();
  found.set(grid, known);
  let tall = known.get(key);
  if (tall === undefined) {
    tall = measureTallRows(grid, innerMm, headerRows, pageTextHeightMm);
    known.set(key, tall);
  }
  return tall;
}

const found = new WeakMap<readonly GridRow[], Map<string, ReadonlyMap<number, TallRowBreak>>>();

function measureTallRows(
  grid: readonly GridRow[],
  innerMm: readonly number[],
  headerRows: number,
  pageTextHeightMm: number,
): ReadonlyMap<number, TallRowBreak> {
  const cells = grid.map((row) => row.filter((placed): placed is PlacedCell => placed !== 'covered'));
  const headerPt = cells
    .slice(0, headerRows)
    .reduce((sum, row) => sum + Math.max(0, ...row.map((p) => estimateCellHeightPt(p, innerMm))), 0);
  const roomPt = mmToPt(pageTextHeightMm) - headerPt;
  // Measuring every word is the costly part; a row whose bound is well within the room needs none of it.
  const mayBeTall = (row: readonly PlacedCell[], r: number) =>
    r >= headerRows && row.some((p) => boundCellHeightPt(p, innerMm) > tallShare * roomPt);
  const heights = cells.map((row, r) =>
    mayBeTall(row, r) ? row.map((p) => estimateCellHeightPt(p, innerMm)) : [],
  );
  const rowHeights = cells.map((row, r) =>
    Math.max(0, ...row.map((p, c) => (p.rowSpan === 1 ? (heights[r]?.[c] ?? 0) : 0))),
  );
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

function boundCellHeightPt(placed: PlacedCell, innerMm: readonly number[]): number {
  const content = boundBlocksHeightPt(
    placed.cell.children,
    toSpanWidthMm(innerMm, placed.column, placed.colSpan),
  );
  return content + 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
}

function estimateCellHeightPt(placed: PlacedCell, innerMm: readonly number[]): number {
  const content = estimateBlocksHeightPt(
    placed.cell.children,
    toSpanWidthMm(innerMm, placed.column, placed.colSpan),
  );
  return content + 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
}
