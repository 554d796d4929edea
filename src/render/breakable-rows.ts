import type { Table } from '../model/schema.js';
import { layout } from '../model/styles.js';
import { mmToPt } from '../model/units.js';
import { boundBlocksHeightPt, estimateBlocksHeightPt } from './estimate.js';
import { type GridRow, type PlacedCell, toSpanWidthMm, toTableGrid } from './table-grid.js';

/**
 * A body row estimated taller than this share of a page's text height may break across pages; a shorter one moves
 * to the next page whole. Moving a row whole leaves at most its own height empty, so with a fifth of the page (and a
 * stage row kept with it) no page of a continuing table is left more than a quarter empty, while a row of a few
 * lines is never cut.
 */
export const breakableShare = 0.2;

/**
 * The body rows that may break across pages, the same in both renderers: Word's «cantSplit» is left off them in the
 * DOCX, and pdfmake lets them flow (pdf/breakable-rows.ts); every other row is kept whole. Within a breaking row each
 * cell keeps two lines at least on either side of the break: pagination marks a row `whole`, or moves the break with
 * the height of the row above (lone-lines.ts), where it would not.
 */
export function findBreakableRows(
  table: Table,
  innerMm: readonly number[],
  headerRows: number,
  pageTextHeightMm: number,
): ReadonlySet<number> {
  // Both renderers ask for the same table (its grid is made once, table-grid.ts) on the same page.
  const grid = toTableGrid(table);
  const key = `${innerMm.join(' ')}|${headerRows}|${pageTextHeightMm}`;
  const known = found.get(grid) ?? new Map<string, ReadonlySet<number>>();
  found.set(grid, known);
  let rows = known.get(key);
  if (rows === undefined) {
    rows = measureBreakableRows(table, innerMm, headerRows, breakableShare * mmToPt(pageTextHeightMm));
    known.set(key, rows);
  }
  return rows;
}

const found = new WeakMap<readonly GridRow[], Map<string, ReadonlySet<number>>>();

function measureBreakableRows(
  table: Table,
  innerMm: readonly number[],
  headerRows: number,
  limitPt: number,
): ReadonlySet<number> {
  const breakable = new Set<number>();
  const grid = toTableGrid(table);
  const merged = findMergedRows(grid);
  grid.forEach((gridRow, r) => {
    if (r < headerRows || merged.has(r) || table.rows[r]?.whole) return;
    const cells = gridRow.filter((p): p is PlacedCell => p !== 'covered' && p.rowSpan === 1);
    // Wrapping every word is the costly part; a cell whose bound is within the limit needs none of it.
    const isTall = (p: PlacedCell) =>
      cellHeightPt(p, innerMm, boundBlocksHeightPt) > limitPt &&
      cellHeightPt(p, innerMm, estimateBlocksHeightPt) > limitPt;
    if (cells.some(isTall)) breakable.add(r);
  });
  return breakable;
}

/**
 * Rows that a cell merged down (a stage column) starts, covers or ends: they stay whole. pdfmake loses track of a
 * merged cell's page when a row under it breaks across pages (a TypeError in its table layout). A cell with an
 * explicit `rowSpan: 1` — the one-row part of a merge cut by pagination (split-merges.ts) — is no merge: a tall row
 * with one may break, and pagination cuts the merges around a row that breaks (pdf/paginate.ts).
 */
export function findMergedRows(grid: readonly GridRow[]): ReadonlySet<number> {
  const merged = new Set<number>();
  grid.forEach((gridRow, r) => {
    for (const placed of gridRow) {
      if (placed === 'covered' || (placed.cell.rowSpan ?? 1) < 2) continue;
      for (let i = r; i < r + placed.rowSpan; i++) merged.add(i);
    }
  });
  return merged;
}

function cellHeightPt(
  placed: PlacedCell,
  innerMm: readonly number[],
  measure: typeof estimateBlocksHeightPt,
): number {
  const content = measure(placed.cell.children, toSpanWidthMm(innerMm, placed.column, placed.colSpan));
  return content + 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
}
