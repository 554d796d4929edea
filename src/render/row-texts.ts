import type { Block, Table } from '../model/schema.js';
import { layout, toParagraphSpec } from '../model/styles.js';
import { measureSetText } from './set-text.js';
import { type PlacedCell, toTableGrid } from './table-grid.js';
import { countWrappedLines, toWrappableLine, type WrappableLine } from './wrapped-lines.js';

/** The lines of each cell's text, measured for wrapping, per row and column: what the balancing wraps. */
export type RowTexts = readonly (readonly (readonly WrappableLine[] | undefined)[])[];

/** Rows looked at when balancing: enough to know a table's rows, bounded for a very long one. */
const balancedRows = 80;

/** The lines of each row's cell in a column at a width: counted once per column and width (to a tenth of a mm). */
export type CountLines = (column: number, innerMm: number) => Int32Array;

export function createLineCounter(rows: RowTexts, columns: number): CountLines {
  const known = Array.from({ length: columns }, () => new Map<number, Int32Array>());
  return (column, innerMm) => {
    const key = Math.round(innerMm * 10);
    let lines = known[column]!.get(key);
    if (lines === undefined) {
      const counted = new Int32Array(rows.length);
      const widthMm = key / 10;
      for (let r = 0; r < rows.length; r++) {
        const cell = rows[r]![column];
        if (cell) for (const line of cell) counted[r]! += countWrappedLines(line, widthMm);
      }
      lines = counted;
      known[column]!.set(key, lines);
    }
    return lines;
  };
}

export function measureRows(table: Table): RowTexts {
  return toTableGrid(table)
    .slice(0, balancedRows)
    .map((row) =>
      table.widths.map((_, c) => {
        const placed = row.find((p): p is PlacedCell => p !== 'covered' && p.column === c);
        return placed && placed.colSpan === 1 && placed.rowSpan === 1
          ? measureLines(placed.cell.children, 0)
          : undefined;
      }),
    );
}

/** The lines of blocks measured for wrapping, each with the indent it is set at. */
function measureLines(blocks: readonly Block[], indentMm: number): WrappableLine[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list')
      return block.items.flatMap((item) => measureLines(item.children, indentMm + layout.listHangingMm));
    if (block.type !== 'paragraph') return [];
    const spec = toParagraphSpec(block);
    return measureSetText(block).lines.map((line) =>
      toWrappableLine(line, spec.sizePt, spec.bold, indentMm + spec.firstLineMm),
    );
  });
}
