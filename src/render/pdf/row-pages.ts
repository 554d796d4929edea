import { platform } from '../../platform/index.js';
import type { RowBox } from '../lone-lines.js';
import { countRowLines } from './cell-lines.js';

type Context = { page: number; y: number };
type Writer = { context(): Context; transactionLevel: number };
/** What pdfmake keeps on a cell that merges down (LayoutBuilder.processTable, processRow). */
type SpanCell = {
  rowSpan?: number;
  _startingRowSpanY?: number;
  _startingRowSpanPage?: number;
  _endingCell?: SpanCell;
  _leftEndingCell?: SpanCell;
};
type Processor = {
  rowsWithoutPageBreak: number;
  _isCurrentRowUnbreakable: boolean;
  rowTopY: number;
  rowPaddingBottom: number;
  bottomLineWidth: number;
  /** The page the current row was begun on (a row that may break across pages begins there). */
  gramotaStartPage?: number;
  tableNode: { table: { rowPages?: number[]; rowBoxes?: RowBox[]; body: SpanCell[][] } };
  beginTable(writer: Writer): void;
  beginRow(rowIndex: number, writer: Writer): void;
  endRow(rowIndex: number, writer: Writer, pageBreaks: unknown): void;
};

let patched = false;

/**
 * Records on which page each row of a table begins, for the tables whose definition carries a `rowPages` array
 * (paginate.ts gives them one), and with a `rowBoxes` array also the row's height and, for a row broken across
 * pages, the lines of each cell on either side of the break (cell-lines.ts). pdfmake lays a document out again after its
 * pageBreakBefore hook moves a node, so the array is emptied at the start of each layout of the table and the last
 * layout — the one written — is what stays. A row kept whole (dontBreakRows) is placed when it ends, on the page it
 * then ends on; rows kept with the header are placed together with the last of them.
 * Installed once, from fonts.ts.
 */
export function patchRowPages(): void {
  if (patched) return;
  const TableProcessor = platform.loadModule<{ default: { prototype: Processor } }>(
    'pdfmake/js/TableProcessor.js',
  ).default;
  const { beginTable, beginRow, endRow } = TableProcessor.prototype;
  TableProcessor.prototype.beginTable = function patchedBeginTable(this: Processor, writer: Writer) {
    this.tableNode.table.rowPages?.splice(0);
    this.tableNode.table.rowBoxes?.splice(0);
    beginTable.call(this, writer);
  };
  TableProcessor.prototype.beginRow = function patchedBeginRow(
    this: Processor,
    rowIndex: number,
    writer: Writer,
  ) {
    // Inside an unbreakable block (the header and the rows kept with it) the context is a detached page: the row is
    // placed when the block is, on the page it ends on.
    this.gramotaStartPage = writer.transactionLevel > 0 ? undefined : writer.context().page;
    beginRow.call(this, rowIndex, writer);
  };
  TableProcessor.prototype.endRow = function patchedEndRow(
    this: Processor,
    rowIndex: number,
    writer: Writer,
    pageBreaks: unknown,
  ) {
    const block =
      this._isCurrentRowUnbreakable && writer.transactionLevel === 1 ? writer.context() : undefined;
    // From rule to rule: the content so far, the padding and the rule below (when the row lies on one page).
    const heightPt = writer.context().y - this.rowTopY + this.rowPaddingBottom + this.bottomLineWidth;
    endRow.call(this, rowIndex, writer, pageBreaks);
    if (block !== undefined)
      placeSpanStarts(this.tableNode.table.body[rowIndex] ?? [], writer.context(), block.y);
    const pages = this.tableNode.table.rowPages;
    if (pages === undefined) return;
    // A row kept whole begins on the page it ends on; a row that may break begins where it was started.
    const endPage = writer.context().page;
    const page = block !== undefined ? endPage : (this.gramotaStartPage ?? endPage);
    pages[rowIndex] = page;
    if (rowIndex === this.rowsWithoutPageBreak - 1) pages.fill(endPage, 0, rowIndex + 1);
    const boxes = this.tableNode.table.rowBoxes;
    if (boxes === undefined) return;
    const split =
      endPage > page ? countRowLines(this.tableNode.table.body[rowIndex] ?? [], page, endPage) : {};
    boxes[rowIndex] = { startPage: page, endPage, heightPt, ...split };
  };
  patched = true;
}

/**
 * pdfmake notes where a row that starts a merge down begins (`_startingRowSpanY`, page) before the row is laid out,
 * and when the row, kept whole, does not fit and moves to the next page, that note stays on the page before. At the
 * merge's last row pdfmake then does not take the rows above off the merged cell's height, and that last row grows
 * by the whole height of the merged text — empty space that Word and LibreOffice do not have. Here the note is set
 * to where the row really begins once it is placed: its bottom less its height (the kept block's height).
 */
function placeSpanStarts(row: readonly SpanCell[], placed: Context, height: number): void {
  for (const cell of row) {
    if ((cell.rowSpan ?? 1) < 2) continue;
    for (const target of [cell, cell._endingCell, cell._leftEndingCell]) {
      if (target === undefined) continue;
      target._startingRowSpanY = placed.y - height;
      target._startingRowSpanPage = placed.page;
    }
  }
}

/** The body rows that start a page, from the pages the table's rows begin on (pdfmake counts pages from 0). */
export function findPageStarts(rowPages: readonly number[], headerRows: number): number[] {
  const starts: number[] = [];
  for (let r = headerRows + 1; r < rowPages.length; r++) {
    const page = rowPages[r];
    const previous = rowPages[r - 1];
    if (page !== undefined && previous !== undefined && page > previous) starts.push(r);
  }
  return starts;
}
