/**
 * A table's height in lines, from each column's lines per row (Int32Array, a row's count at index r): what the
 * balancing of column widths (column-widths.ts) makes as small as it can.
 */

/** The table's height in lines, each row as tall as its tallest cell: the columns' lines per row. */
export function countHeight(columns: readonly Int32Array[]): number {
  let lines = 0;
  const rowCount = columns[0]?.length ?? 0;
  for (let r = 0; r < rowCount; r++) {
    let tallest = 0;
    for (const column of columns) tallest = Math.max(tallest, column[r]!);
    lines += tallest;
  }
  return lines;
}

/**
 * Each row's three tallest cells and the columns of the two tallest, so that the height with two columns changed
 * takes one pass over the rows, not one over every cell (countHeight gives the same).
 */
export function rankRows(columns: readonly Int32Array[]): {
  heightWith(a: number, linesA: Int32Array, b: number, linesB: Int32Array): number;
} {
  const rowCount = columns[0]?.length ?? 0;
  const first = new Int32Array(rowCount);
  const firstColumn = new Int32Array(rowCount).fill(-1);
  const second = new Int32Array(rowCount);
  const secondColumn = new Int32Array(rowCount).fill(-1);
  const third = new Int32Array(rowCount);
  columns.forEach((lines, c) => {
    for (let r = 0; r < rowCount; r++) {
      const n = lines[r]!;
      if (firstColumn[r] === -1 || n > first[r]!) {
        third[r] = second[r]!;
        second[r] = first[r]!;
        secondColumn[r] = firstColumn[r]!;
        first[r] = n;
        firstColumn[r] = c;
      } else if (secondColumn[r] === -1 || n > second[r]!) {
        third[r] = second[r]!;
        second[r] = n;
        secondColumn[r] = c;
      } else if (n > third[r]!) third[r] = n;
    }
  });
  return {
    heightWith(a, linesA, b, linesB) {
      let lines = 0;
      for (let r = 0; r < rowCount; r++) {
        const f = firstColumn[r];
        const s = secondColumn[r];
        const others = f !== a && f !== b ? first[r]! : s !== a && s !== b ? second[r]! : third[r]!;
        lines += Math.max(others, linesA[r]!, linesB[r]!);
      }
      return lines;
    },
  };
}
