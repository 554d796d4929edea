import type { TableCell } from 'pdfmake/interfaces.js';
import type { Table } from '../../model/schema.js';
import { type PlacedCell, toSpanWidthMm } from '../table-grid.js';
import type { ToBlocks } from './blocks.js';
import { type BlockContext, toChildContext } from './context.js';
import { keepRowLevel, toKeepId, toLeadId } from './keep.js';

export type CellInput = {
  readonly table: Table;
  readonly innerMm: readonly number[];
  readonly headerRows: number;
  readonly ctx: BlockContext;
  readonly toBlocks: ToBlocks;
  /** The id for the table's first text leaf (keep.ts). */
  readonly leadId: string | undefined;
};

/**
 * One cell: its blocks with the cell's alignment and width, its spans, its vertical alignment (pdfmake ≥ 0.3.4
 * `verticalAlignment`), and the marks of keep.ts when its row keeps with the next one (a stage row with its first
 * item).
 */
export function toPdfCell(placed: PlacedCell, r: number, isFirst: boolean, input: CellInput): TableCell {
  const { cell, column, colSpan, rowSpan } = placed;
  const { table, ctx } = input;
  const cellCtx = toChildContext(ctx, `r${r}.c${column}`, {
    widthMm: toSpanWidthMm(input.innerMm, column, colSpan),
    inTable: true,
    inList: false,
    outline: undefined,
    align: cell.align,
  });
  const keepsNext = keepsRowNext(table, r, input);
  const rowPath = `${ctx.path}.r${r}`;
  const leadId =
    r === toLeadRow(input) && isFirst && input.leadId !== undefined
      ? input.leadId
      : isFirst && keepsRowNext(table, r - 1, input)
        ? toLeadId(rowPath)
        : keepsNext
          ? toLeadId(`${rowPath}.c${column}`)
          : undefined;
  return {
    stack: input.toBlocks(cell.children, cellCtx, leadId),
    ...(colSpan > 1 && { colSpan }),
    ...(rowSpan > 1 && { rowSpan }),
    ...(cell.valign === 'center' && { verticalAlignment: 'middle' as const }),
    ...(cell.valign === 'bottom' && { verticalAlignment: 'bottom' as const }),
    ...(cell.fill !== undefined && { fillColor: cell.fill }),
    // An open edge (split-merges.ts): pdfmake draws a rule between two rows when either cell asks for it.
    ...((cell.openTop || cell.openBottom) && {
      border: [true, cell.openTop !== true, true, cell.openBottom !== true] as [
        boolean,
        boolean,
        boolean,
        boolean,
      ],
    }),
    ...(keepsNext && { id: toKeepId(`${rowPath}.c${column}`), headlineLevel: keepRowLevel }),
  };
}

/**
 * The row whose first leaf stands for the table (keep.ts): the first body row, not a header row — a repeated header
 * is re-placed on every page, and pdfmake updates its recorded page each time.
 */
function toLeadRow(input: CellInput): number {
  return input.headerRows < input.table.rows.length ? input.headerRows : 0;
}

/**
 * Header rows are kept with the first body row by pdfmake itself, and the first body row with the second
 * (keepWithHeaderRows, table.ts): a page break before a cell of that row would leave it empty.
 */
function keepsRowNext(table: Table, r: number, input: CellInput): boolean {
  const keptByHeader = input.headerRows > 0 && r === input.headerRows;
  if (r < input.headerRows || keptByHeader || table.rows[r]?.keepNext !== true) return false;
  return r + 1 < table.rows.length;
}
