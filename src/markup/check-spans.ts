import { text } from '../messages.js';
import type { Row } from '../model/schema.js';

/**
 * What is wrong with the merges of a table, if anything: a cell merged down past the last row, a cell that runs past
 * the table's columns, or a cell over a column a cell above still covers. The renderers would clamp or drop such a
 * merge silently, and the document would differ from what the template says.
 */
export function findSpanProblem(rows: readonly Row[], columns: number): string | undefined {
  const coveredBelow = Array<number>(columns).fill(0);
  for (const [r, row] of rows.entries()) {
    let column = 0;
    for (const cell of row.cells) {
      while (column < columns && coveredBelow[column]! > 0) column++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      if (column + colSpan > columns) return text.spanPastColumns(r + 1, column + colSpan, columns);
      if (coveredBelow.slice(column, column + colSpan).some((n) => n > 0)) return text.spanOverlap(r + 1);
      if (r + rowSpan > rows.length) return text.spanPastRows(r + 1, rowSpan, rows.length - r);
      for (let c = column; c < column + colSpan; c++) coveredBelow[c] = rowSpan;
      column += colSpan;
    }
    for (let c = 0; c < columns; c++) coveredBelow[c] = Math.max(coveredBelow[c]! - 1, 0);
  }
  return undefined;
}
