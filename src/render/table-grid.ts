import { failWith } from '../errors.js';
import type { Cell, Row, Table } from '../model/schema.js';
import { layout } from '../model/styles.js';

/** A model cell at its place in the table grid, spans clamped to the grid. */
export type PlacedCell = {
  readonly cell: Cell;
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
};

/** One grid row: a placed cell where a cell starts, `covered` where a span from the left or from above lies. */
export type GridRow = readonly (PlacedCell | 'covered')[];

const emptyCell: Cell = { children: [] };

const grids = new WeakMap<Table, readonly GridRow[]>();

/**
 * Places the model's cells on the column grid. The model omits covered cells, as HTML does; pdfmake wants every
 * grid position filled, covered ones with `{}`. A row with too few cells is padded with empty cells (Word draws
 * them too); a row with too many is a broken template. Once per table: the model is never changed, and both
 * renderers ask for the same table's grid.
 */
export function toTableGrid(table: Table): readonly GridRow[] {
  let grid = grids.get(table);
  if (grid === undefined) {
    grid = placeCells(table);
    grids.set(table, grid);
  }
  return grid;
}

function placeCells(table: Table): GridRow[] {
  const columns = table.widths.length;
  const coveredBelow: number[] = new Array(columns).fill(0); // rows still covered by a rowSpan from above
  return table.rows.map((row, r) => {
    const grid: (PlacedCell | 'covered')[] = [];
    const cells = [...row.cells];
    for (let column = 0; column < columns; ) {
      if ((coveredBelow[column] ?? 0) > 0) {
        coveredBelow[column] = (coveredBelow[column] ?? 0) - 1;
        grid.push('covered');
        column += 1;
        continue;
      }
      const cell = cells.shift() ?? emptyCell;
      const colSpan = Math.min(cell.colSpan ?? 1, columns - column, toFreeRun(coveredBelow, column));
      const rowSpan = Math.min(cell.rowSpan ?? 1, table.rows.length - r);
      grid.push({ cell, column, colSpan, rowSpan });
      for (let c = column; c < column + colSpan; c++) {
        if (c > column) grid.push('covered');
        coveredBelow[c] = rowSpan - 1;
      }
      column += colSpan;
    }
    if (cells.length > 0) {
      failWith({
        code: 'markup-invalid',
        message: `в строке ${r + 1} таблицы больше ячеек, чем столбцов (${columns})`,
      });
    }
    return grid;
  });
}

/** How many columns from `column` on are not covered from above (a colSpan may not run into a rowSpan). */
function toFreeRun(coveredBelow: readonly number[], column: number): number {
  let run = 0;
  while (column + run < coveredBelow.length && (coveredBelow[column + run] ?? 0) === 0) run += 1;
  return run;
}

/** Width of the content of a cell spanning columns: the spanned inner widths plus the padding between them. */
export function toSpanWidthMm(innerMm: readonly number[], column: number, colSpan: number): number {
  const spanned = innerMm.slice(column, column + colSpan).reduce((sum, w) => sum + w, 0);
  return spanned + (colSpan - 1) * 2 * layout.cellPaddingXMm;
}

/** The leading header rows: repeated on every page in both formats. */
export function countHeaderRows(rows: readonly Row[]): number {
  const first = rows.findIndex((row) => !row.header);
  return first < 0 ? rows.length : first;
}

/** The width of each column's content: the column less the cell's side padding. */
export function toInnerWidthsMm(widthsMm: readonly number[]): number[] {
  return widthsMm.map((w) => Math.max(w - 2 * layout.cellPaddingXMm, 0));
}
