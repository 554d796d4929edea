import type { DocCell, DocRow } from '../docx/blocks.js';

/**
 * Rows where a cell merged down (vMerge) also stands in each later row it spans, so every row reads its value.
 * Columns `kept` stay as Word merges them: a merged stage column (or its «№») means the stage, not a value.
 */
export function spreadMergedCells(rows: readonly DocRow[], kept: ReadonlySet<number>): DocRow[] {
  const open = new Map<number, { cell: DocCell; left: number }>(); // column → a merge still running down
  return rows.map((row) => {
    const spread = [...open.values()]
      .filter((merge) => !row.cells.some((c) => c.col === merge.cell.col))
      .map((merge) => merge.cell);
    for (const [col, merge] of open) {
      merge.left -= 1;
      if (merge.left <= 0) open.delete(col);
    }
    for (const cell of row.cells)
      if (cell.rowSpan > 1 && !kept.has(cell.col)) open.set(cell.col, { cell, left: cell.rowSpan - 1 });
    if (spread.length === 0) return row;
    return { ...row, cells: [...row.cells, ...spread].sort((a, b) => a.col - b.col) };
  });
}
