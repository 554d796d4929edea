import { platform } from '../../platform/index.js';

type Processor = {
  dontBreakRows: boolean;
  tableNode: { table: { breakableRows?: readonly number[] } };
  beginRow(rowIndex: number, writer: unknown): void;
};

let patched = false;

/**
 * Rows that may break across pages in a table whose other rows do not. A gramota table is laid out with
 * `dontBreakRows` (a short row moves to the next page whole, as Word's «не разрывать строку» keeps it); the rows
 * listed in the definition's `table.breakableRows` (table.ts, from rows.ts) flow on to the next page instead, line by
 * line (widows.ts keeps two lines on each side), the way pdfmake lets a row with an explicit page break flow.
 * Installed once, from fonts.ts.
 */
export function patchBreakableRows(): void {
  if (patched) return;
  const TableProcessor = platform.loadModule<{ default: { prototype: Processor } }>(
    'pdfmake/js/TableProcessor.js',
  ).default;
  const original = TableProcessor.prototype.beginRow;
  TableProcessor.prototype.beginRow = function beginRow(this: Processor, rowIndex: number, writer: unknown) {
    const breakable = this.dontBreakRows && this.tableNode.table.breakableRows?.includes(rowIndex) === true;
    if (!breakable) {
      original.call(this, rowIndex, writer);
      return;
    }
    this.dontBreakRows = false;
    try {
      original.call(this, rowIndex, writer);
    } finally {
      this.dontBreakRows = true;
    }
  };
  patched = true;
}
