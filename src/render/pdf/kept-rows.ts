import { platform } from '../../platform/index.js';
import { keepRowLevel } from './keep.js';

type Cell = { pageBreak?: string; headlineLevel?: number };
type Writer = { moveToNextPage(orientation?: string): void; transactionLevel: number };
type Processor = {
  tableNode: { table: { body: Cell[][] } };
  beginRow(rowIndex: number, writer: Writer): void;
  endRow(rowIndex: number, writer: Writer, pageBreaks: unknown): void;
  movedCells?: Cell[];
};

let patched = false;

/**
 * A row kept with the next one (a stage row with its first item) moves to the next page whole. keep.ts asks for
 * it by a page break before the row's cell, and pdfmake would break inside the row: the row's top border and
 * padding would stay at the foot of the old page as an empty strip. Here the table moves to the next page before
 * the row begins (the header repeats there as for any row), and the cell's own break is set aside while the row
 * is laid out, then put back, so that the next layout pass sees the same marks. Installed once, from fonts.ts.
 */
export function patchKeptRows(): void {
  if (patched) return;
  const TableProcessor = platform.loadModule<{ default: { prototype: Processor } }>(
    'pdfmake/js/TableProcessor.js',
  ).default;
  const { beginRow, endRow } = TableProcessor.prototype;
  TableProcessor.prototype.beginRow = function movingBeginRow(this: Processor, rowIndex, writer) {
    const moved = (this.tableNode.table.body[rowIndex] ?? []).filter(
      (cell) => cell.pageBreak === 'before' && cell.headlineLevel === keepRowLevel,
    );
    if (moved.length > 0) {
      for (const cell of moved) delete cell.pageBreak;
      this.movedCells = moved;
      // Inside an unbreakable block (the first row of a table without a header is laid out in one) a page break
      // would be taken twice, when the block is placed too, and leave an empty page: the row stays where it is.
      if (writer.transactionLevel === 0) writer.moveToNextPage();
    }
    beginRow.call(this, rowIndex, writer);
  };
  TableProcessor.prototype.endRow = function restoringEndRow(this: Processor, rowIndex, writer, pageBreaks) {
    endRow.call(this, rowIndex, writer, pageBreaks);
    for (const cell of this.movedCells ?? []) cell.pageBreak = 'before';
    this.movedCells = undefined;
  };
  patched = true;
}
