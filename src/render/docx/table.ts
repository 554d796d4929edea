import {
  BorderStyle,
  HeightRule,
  type IBorderOptions,
  type ITableBordersOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Cell, Row, Table as TableNode } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToTwip, ptToTwip } from '../../model/units.js';
import { findBreakableRows } from '../breakable-rows.js';
import { resolveTableWidthsMm } from '../column-widths.js';
import { toSetInlines } from '../hyphenated.js';
import { countHeaderRows, toInnerWidthsMm, toTableGrid } from '../table-grid.js';
import { toDocxBlocks, toParagraphOptions } from './blocks.js';
import type { DocxContext } from './context.js';
import { encodeRawRow, type RawCell, type RawRowStore, storeRawRows, writeRawRow } from './raw-rows.js';
import { toStyleId } from './styles.js';
import { type GridCell, toGridRows } from './table-grid.js';

/** w:sz of a border is in eighths of a point (0.5 pt → 4). units.ts has no helper for this unit yet. */
const borderEighths = Math.round(layout.borderPt * 8);
const gridLine: IBorderOptions = { style: BorderStyle.SINGLE, size: borderEighths, color: '000000' };
const noLine: IBorderOptions = { style: BorderStyle.NIL };

function toTableBorders(borders: TableNode['borders']): ITableBordersOptions {
  const line = borders === 'grid' ? gridLine : noLine;
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}

/** Column edges rounded once each, so the columns add up to exactly the table width in twips. */
function toColumnTwips(widthsMm: readonly number[]): number[] {
  const edges = widthsMm.map((_, index) => mmToTwip(widthsMm.slice(0, index + 1).reduce((a, b) => a + b, 0)));
  return edges.map((edge, index) => edge - (edges[index - 1] ?? 0));
}

function sumSpan(values: readonly number[], column: number, span: number): number {
  return values.slice(column, column + span).reduce((a, b) => a + b, 0);
}

/**
 * A table as wide as the text: fixed layout with the column widths of the model, leading header rows repeated on
 * every page (w:tblHeader), rows that never split across pages (w:cantSplit) unless tall
 * (breakable-rows.ts), a least row height where pagination set one (w:trHeight «atLeast»), merged cells as gridSpan /
 * vMerge.
 */
export function toDocxTable(table: TableNode, context: DocxContext): Table {
  const widthsMm = resolveTableWidthsMm(table, context.textWidthMm);
  const widthsTwip = toColumnTwips(widthsMm);
  const leadingHeaders = countHeaderRows(table.rows);
  const innerMm = toInnerWidthsMm(widthsMm);
  const grid = toTableGrid(table);
  const breakable = findBreakableRows(table, innerMm, leadingHeaders, context.pageTextHeightMm);
  const toCellContext = (row: Row, placed: GridCell): DocxContext => ({
    textWidthMm: sumSpan(widthsMm, placed.column, placed.span) - 2 * layout.cellPaddingXMm,
    pageTextHeightMm: context.pageTextHeightMm,
    keepNext: row.keepNext,
    nextListInstance: context.nextListInstance,
  });
  const toRow = (cells: readonly GridCell[], index: number): TableRow | Uint8Array => {
    const row = table.rows[index]!;
    const options = {
      cantSplit: !breakable.has(index),
      ...(index < leadingHeaders ? { tableHeader: true as const } : {}),
      ...(row.minHeightPt !== undefined && { heightTwip: ptToTwip(row.minHeightPt) }),
    };
    const widthOf = (placed: GridCell) => sumSpan(widthsTwip, placed.column, placed.span);
    if (context.rawRows) {
      const raw = toRawCells(cells, widthOf, (placed) => toCellContext(row, placed));
      const xml = raw && writeRawRow(raw, options);
      if (raw && xml !== undefined) return encodeRawRow(xml, raw, context.rawRows);
    }
    const children = cells.map((placed) => toDocxCell(placed, widthOf(placed), toCellContext(row, placed)));
    const { heightTwip, ...rest } = options;
    const height =
      heightTwip === undefined ? {} : { height: { value: heightTwip, rule: HeightRule.ATLEAST } };
    return new TableRow({ children, ...rest, ...height });
  };
  const rows = toGridRows(grid).map(toRow);
  return new Table({
    width: { size: widthsTwip.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widthsTwip,
    layout: TableLayoutType.FIXED,
    borders: toTableBorders(table.borders),
    margins: {
      marginUnitType: WidthType.DXA,
      top: mmToTwip(layout.cellPaddingYMm),
      bottom: mmToTwip(layout.cellPaddingYMm),
      left: mmToTwip(layout.cellPaddingXMm),
      right: mmToTwip(layout.cellPaddingXMm),
    },
    rows: context.rawRows ? groupRawRows(rows, context.rawRows) : (rows as TableRow[]),
  });
}

/** Consecutive fast rows become one placeholder row each run. */
function groupRawRows(rows: readonly (TableRow | Uint8Array)[], store: RawRowStore): TableRow[] {
  const grouped: TableRow[] = [];
  let pending: Uint8Array[] = [];
  for (const row of [...rows, undefined]) {
    if (row instanceof Uint8Array) {
      pending.push(row);
      continue;
    }
    if (pending.length > 0) grouped.push(storeRawRows(store, pending));
    pending = [];
    if (row) grouped.push(row);
  }
  return grouped;
}

/** A row's cells for the fast path, with exactly the options toDocxCell gives docx; undefined if not all plain. */
function toRawCells(
  cells: readonly GridCell[],
  widthOf: (placed: GridCell) => number,
  contextOf: (placed: GridCell) => DocxContext,
): RawCell[] | undefined {
  const raw: RawCell[] = [];
  for (const placed of cells) {
    const context = contextOf(placed);
    const own = placed.kind === 'cell' ? placed.cell : placed.origin;
    const blocks = placed.kind === 'cell' ? placed.cell.children : [];
    if (!blocks.every((b) => b.type === 'paragraph')) return undefined;
    const paragraphs =
      blocks.length > 0
        ? blocks.map((p) => ({
            options: toParagraphOptions(p, { ...context, align: own.align }),
            inlines: toSetInlines(p),
          }))
        : [{ options: { style: toFirstStyleId(own), ...keepNextOf(context) }, inlines: [] }];
    raw.push({ widthTwip: widthOf(placed), span: placed.span, ...toCellFrame(placed), paragraphs });
  }
  return raw;
}

/**
 * What a cell is besides its content, on both paths: its vertical alignment, its part in a vertical merge and its
 * shading (w:shd, clear with the fill colour; the part of a merged cell below repeats the fill).
 */
function toCellFrame(placed: GridCell): Pick<RawCell, 'verticalAlign' | 'verticalMerge' | 'fill' | 'open'> {
  const own = placed.kind === 'cell' ? placed.cell : placed.origin;
  const merge = placed.kind === 'continue' ? 'continue' : (own.rowSpan ?? 1) > 1 ? 'restart' : undefined;
  // Every part of a merge carries the open edge: Word takes the merged cell's edges from its parts.
  const open = {
    ...(own.openTop && { top: true as const }),
    ...(own.openBottom && { bottom: true as const }),
  };
  return {
    ...(own.valign ? { verticalAlign: own.valign } : {}),
    ...(merge ? { verticalMerge: merge } : {}),
    ...(own.openTop || own.openBottom ? { open } : {}),
    ...(own.fill ? { fill: own.fill.slice(1) } : {}),
  };
}

/** A cell, or the `continue` part of a cell merged down from a row above (an empty paragraph in its style). */
function toDocxCell(placed: GridCell, widthTwip: number, context: DocxContext): TableCell {
  const own = placed.kind === 'cell' ? placed.cell : placed.origin;
  const blocks = placed.kind === 'cell' ? toDocxBlocks(own.children, { ...context, align: own.align }) : [];
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    ...(placed.span > 1 ? { columnSpan: placed.span } : {}),
    ...toDocxCellFrame(placed),
    // Word needs a paragraph in every cell.
    children:
      blocks.length > 0 ? blocks : [new Paragraph({ style: toFirstStyleId(own), ...keepNextOf(context) })],
  });
}

function toDocxCellFrame(placed: GridCell) {
  const { fill, open, ...frame } = toCellFrame(placed);
  const nil = { style: BorderStyle.NIL };
  return {
    ...frame,
    ...(open ? { borders: { ...(open.top && { top: nil }), ...(open.bottom && { bottom: nil }) } } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  };
}

function toFirstStyleId(cell: Cell): string {
  const first = cell.children[0];
  return first?.type === 'paragraph' ? toStyleId(first.style, first.sizePt) : toStyleId('tableText');
}

function keepNextOf(context: DocxContext): { keepNext?: true } {
  return context.keepNext === true ? { keepNext: true } : {};
}
