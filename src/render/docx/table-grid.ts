import type { Cell, Row } from '../../model/schema.js';

/**
 * A cell placed on the table's column grid. Word has no row span: a merged cell is a `restart` cell followed by
 * one `continue` cell in each row it covers, in the same column — cells the model leaves out, as HTML does.
 */
export type GridCell =
  | { readonly kind: 'cell'; readonly cell: Cell; readonly column: number; readonly span: number }
  | { readonly kind: 'continue'; readonly origin: Cell; readonly column: number; readonly span: number };

type Cover = { readonly origin: Cell; readonly span: number; readonly rowsLeft: number };

const emptyCell: Cell = { children: [] };

/**
 * Places each row's cells on the grid, adding a `continue` cell wherever a cell from a row above still covers the
 * column. A row that runs out of cells before a covered column gets empty cells, so the columns stay aligned.
 */
export function toGridRows(rows: readonly Row[]): GridCell[][] {
  const covers = new Map<number, Cover>();
  return rows.map((row) => {
    const placed: GridCell[] = [];
    let column = 0;
    let next = 0;
    const hasCoverFrom = (from: number) => [...covers.keys()].some((start) => start >= from);
    while (next < row.cells.length || hasCoverFrom(column)) {
      const cover = covers.get(column);
      if (cover) {
        placed.push({ kind: 'continue', origin: cover.origin, column, span: cover.span });
        if (cover.rowsLeft > 1) {
          covers.set(column, { ...cover, rowsLeft: cover.rowsLeft - 1 });
        } else {
          covers.delete(column);
        }
        column += cover.span;
        continue;
      }
      const cell = row.cells[next] ?? emptyCell;
      next += 1;
      const span = cell.colSpan ?? 1;
      placed.push({ kind: 'cell', cell, column, span });
      if ((cell.rowSpan ?? 1) > 1) {
        covers.set(column, { origin: cell, span, rowsLeft: (cell.rowSpan ?? 1) - 1 });
      }
      column += span;
    }
    return placed;
  });
}
