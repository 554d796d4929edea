import type { Cell } from '../../model/schema.js';
import type { GridRow, PlacedCell } from '../table-grid.js';

/**
 * A cell placed on the table's column grid. Word has no row span: a merged cell is a `restart` cell followed by
 * one `continue` cell in each row it covers, in the same column — cells the model leaves out, as HTML does.
 */
export type GridCell =
  | { readonly kind: 'cell'; readonly cell: Cell; readonly column: number; readonly span: number }
  | { readonly kind: 'continue'; readonly origin: Cell; readonly column: number; readonly span: number };

/**
 * Word's rows from the shared grid (render/table-grid.ts): a placed cell stays a cell; a position covered from
 * above, in the first column of the merged cell, becomes its `continue` cell; other covered positions
 * (covered from the left by a column span) take no cell of their own.
 */
export function toGridRows(grid: readonly GridRow[]): GridCell[][] {
  const merged = new Map<number, { placed: PlacedCell; lastRow: number }>();
  return grid.map((row, r) =>
    row.flatMap((placed, column): GridCell[] => {
      if (placed !== 'covered') {
        if (placed.rowSpan > 1) merged.set(column, { placed, lastRow: r + placed.rowSpan - 1 });
        return [{ kind: 'cell', cell: placed.cell, column, span: placed.colSpan }];
      }
      const above = merged.get(column);
      if (!above || above.lastRow < r) return [];
      return [{ kind: 'continue', origin: above.placed.cell, column, span: above.placed.colSpan }];
    }),
  );
}
