import { text } from '../../messages.js';
import type { Report } from '../../plan/validate.js';
import type { PlainTable } from './schema.js';

type Span = { rowspan: number; colspan: number };

/** The spans of a plain-table cell (1 × 1 unless it says otherwise). */
export function spanOf(cell: PlainTable['rows'][number][number]): Span {
  if (typeof cell !== 'object' || Array.isArray(cell) || !('text' in cell)) return { rowspan: 1, colspan: 1 };
  return { rowspan: cell.rowspan ?? 1, colspan: cell.colspan ?? 1 };
}

/** Every row of a plain table fills exactly its columns, counting cells covered by a rowspan from above. */
export function checkPlainTable(table: PlainTable, at: (string | number)[], report: Report): void {
  const width = table.columns.length;
  if (table.widths && table.widths.length !== width)
    report([...at, 'widths'], text.tableWidths(table.widths.length, width));
  let coveredRows = Array<number>(width).fill(0); // rows still covered in each column
  let pastEnd: (string | number)[] | undefined; // the first cell merged down past the last row
  table.rows.forEach((row, r) => {
    const next = coveredRows.map((n) => Math.max(n - 1, 0));
    let column = 0;
    let filled = coveredRows.filter((n) => n > 0).length;
    row.forEach((cell, i) => {
      while (column < width && coveredRows[column]! > 0) column++;
      const { rowspan, colspan } = spanOf(cell);
      for (let k = 0; k < colspan && column + k < width; k++) next[column + k] = rowspan - 1;
      if (r + rowspan > table.rows.length) pastEnd ??= [...at, 'rows', r, i, 'rowspan'];
      column += colspan;
      filled += colspan;
    });
    if (filled !== width) report([...at, 'rows', r], text.tableRowWidth(r + 1, filled, width));
    coveredRows = next;
  });
  if (pastEnd) report(pastEnd, text.tableRowspanPastEnd(table.rows.length));
}
