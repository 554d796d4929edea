import type { Section, Table } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { breakableShare } from '../breakable-rows.js';
import type { RowBox } from '../lone-lines.js';
import { mergesDown, type PageStarts } from '../split-merges.js';
import { countHeaderRows, toTableGrid } from '../table-grid.js';

/**
 * The rows whose part of a merge down joins the part above (split-merges.ts), by table index: in every table of
 * `original` that merges cells down, a row the layout broke across pages below another body row of its page — the
 * stage is named once on that page, not again beside the broken row.
 *
 * Only a row that still breaks without the merged text: a row tall only by its repeated stage name would, joined and
 * empty there, be short and move to the next page whole, where it would get the name back and break again.
 */
export function findJoins(
  original: Section,
  boxes: ReadonlyMap<number, readonly (RowBox | undefined)[]>,
  pageTextHeightPt: number,
): PageStarts {
  const joins = new Map<number, readonly number[]>();
  for (const [i, rowBoxes] of boxes) {
    const table = original.children[i];
    if (table?.type !== 'table' || !mergesDown(table)) continue;
    const found = rowBoxes.flatMap((box, r) => {
      const above = rowBoxes[r - 1];
      if (r <= countHeaderRows(table.rows) || box?.cells === undefined || box.pitchPt === undefined)
        return [];
      if (box.endPage <= box.startPage || above?.endPage !== box.startPage) return [];
      const merged = findMergedColumns(table, r);
      const linesWithout = Math.max(
        0,
        ...box.cells.flatMap((c, column) => (merged.has(column) ? [] : [c.total])),
      );
      const heightPt = linesWithout * box.pitchPt + 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
      return merged.size > 0 && heightPt > breakableShare * pageTextHeightPt ? [r] : [];
    });
    if (found.length > 0) joins.set(i, found);
  }
  return joins;
}

/** The grid columns of row r that a cell merged down from a row above covers. */
function findMergedColumns(table: Table, r: number): Set<number> {
  const grid = toTableGrid(table);
  const columns = new Set<number>();
  for (let top = 0; top < r; top++)
    for (const placed of grid[top] ?? []) {
      if (placed === 'covered' || top + placed.rowSpan <= r) continue;
      for (let c = placed.column; c < placed.column + placed.colSpan; c++) columns.add(c);
    }
  return columns;
}
