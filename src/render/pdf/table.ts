import type { ContentTable } from 'pdfmake/interfaces.js';
import type { Table } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { findBreakableRows } from '../breakable-rows.js';
import { resolveTableWidthsMm } from '../column-widths.js';
import { startsMerge } from '../split-merges.js';
import {
  countHeaderRows,
  type GridRow,
  type PlacedCell,
  toInnerWidthsMm,
  toTableGrid,
} from '../table-grid.js';
import type { ToBlocks } from './blocks.js';
import type { BlockContext } from './context.js';
import { toPdfCell } from './table-cell.js';
import { tableLayoutName } from './table-layouts.js';

/**
 * A table. Column widths are the model's, resolved against the width available here, and they are the cells'
 * outer widths as in Word: pdfmake's `widths` exclude padding and rules, so those are subtracted (the table's
 * outer width is then exactly the resolved total; content widths passed down ignore the 0.5 pt rules).
 *
 * Leading `header` rows repeat on every page and are kept with the first body row. Short rows do not break across
 * pages (`dontBreakRows`); tall ones (breakable-rows.ts) flow on to the next page, listed in `breakableRows` for the
 * patch of pdf/breakable-rows.ts.
 */
export function toPdfTable(
  table: Table,
  ctx: BlockContext,
  toBlocks: ToBlocks,
  leadId?: string,
): ContentTable {
  // Inner widths in mm (without padding) for the cells' content; the rules (0.5 pt) are taken off in pt below.
  const innerMm = toInnerWidthsMm(resolveTableWidthsMm(table, ctx.widthMm));
  const grid = toTableGrid(table);
  const headerRows = countHeaderRows(table.rows);
  const breakable = findBreakableRows(table, innerMm, headerRows, ctx.pageTextHeightMm);
  const keptWithHeader = countRowsKeptWithHeader(table, headerRows, breakable);
  const input = { table, innerMm, headerRows, ctx, toBlocks, leadId };
  const body = grid.map((gridRow, r) =>
    gridRow.map((placed) =>
      placed === 'covered' ? {} : toPdfCell(placed, r, isFirstCell(gridRow, placed), input),
    ),
  );
  return {
    table: {
      // Text gets the cell width less the margins, as in Word; the rules sit inside the padding (table-layouts.ts).
      widths: innerMm.map((w) => mmToPt(w)),
      headerRows,
      ...(keptWithHeader > 0 && { keepWithHeaderRows: keptWithHeader }),
      dontBreakRows: true,
      ...(breakable.size > 0 && { breakableRows: [...breakable] }),
      ...(table.rows.some((row) => row.minHeightPt !== undefined) && { heights: toContentHeights(table) }),
      body,
    } as ContentTable['table'],
    layout: tableLayoutName(table.borders),
  };
}

/**
 * How many body rows pdfmake keeps with the header (keepWithHeaderRows): the first one, and the second too when the
 * first keeps with the next (a stage row with its first item) — keep.ts cannot move a table's first body row, as
 * pdfmake moves it with the header. None when the first row may break across pages; and a row that merges cells
 * down is not counted: pdfmake would add the merged height to a later row as empty space.
 */
function countRowsKeptWithHeader(table: Table, headerRows: number, breakable: ReadonlySet<number>): number {
  const fits = (r: number) => {
    const row = table.rows[r];
    return row !== undefined && !breakable.has(r) && !startsMerge(row);
  };
  if (headerRows === 0 || !fits(headerRows)) return 0;
  return table.rows[headerRows]?.keepNext === true && fits(headerRows + 1) ? 2 : 1;
}

/**
 * pdfmake's least row heights: of the content, without the padding and the rule below it, where the model's (and
 * Word's w:trHeight) count the row from rule to rule.
 */
function toContentHeights(table: Table): (number | 'auto')[] {
  const framePt = 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
  return table.rows.map((row) => (row.minHeightPt === undefined ? 'auto' : row.minHeightPt - framePt));
}

function isFirstCell(row: GridRow, placed: PlacedCell): boolean {
  return row.find((p) => p !== 'covered') === placed;
}
