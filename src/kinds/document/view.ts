import { typographText } from '../../language/typography.js';
import { type AcquaintanceView, resolveAcquaintance } from '../../resolve/acquaintance.js';
import { type BlockView, toBlockViews } from '../../resolve/blocks.js';
import type { ResolveContext } from '../../resolve/context.js';
import { type CellView, resolveRoadmapTable, type TableView, toCellValue } from '../roadmap/table-view.js';
import { spanOf } from './check-table.js';
import type { BodyBlock, FreeDocument, PlainTable } from './schema.js';

/** A plain table: header titles, widths, rows of cells (cells covered by a span are omitted). */
export type PlainTableView = {
  readonly widths: string;
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly (CellView & { readonly colSpan: number })[] }[];
};
export type BodyBlockView = BlockView | { readonly table: PlainTableView } | { readonly roadmap: TableView };

export type FreeDocumentView = {
  readonly title: string;
  /** «Содержание» after the title, the body from a new page. */
  readonly contents: boolean;
  readonly body: readonly BodyBlockView[];
  readonly acquaintance: AcquaintanceView | null;
};

export function toFreeDocumentView(doc: FreeDocument, ctx: ResolveContext): FreeDocumentView {
  return {
    title: typographText(doc.title),
    contents: doc.contents === true,
    body: doc.body.map((block) => toBodyBlockView(block, ctx)),
    acquaintance: doc.acquaintance ? resolveAcquaintance(doc.acquaintance, doc.title, ctx) : null,
  };
}

function toBodyBlockView(block: BodyBlock, ctx: ResolveContext): BodyBlockView {
  if ('table' in block) return { table: toPlainTableView(block.table) };
  if ('roadmap' in block) return { roadmap: resolveRoadmapTable(block.roadmap, ctx) };
  return toBlockViews([block])[0]!;
}

function toPlainTableView(table: PlainTable): PlainTableView {
  // The plan's relative widths win; without them the columns are fitted to their content.
  const widths = table.widths?.map((w) => `${w}fr`) ?? table.columns.map(() => 'auto');
  return {
    widths: widths.join(' '),
    header: table.columns.map(typographText),
    rows: table.rows.map((row) => ({
      cells: row.map((cell) => {
        const { rowspan, colspan } = spanOf(cell);
        const value = typeof cell === 'object' && !Array.isArray(cell) && 'text' in cell ? cell.text : cell;
        return { ...toCellValue(value), rowSpan: rowspan, colSpan: colspan, align: 'left' as const };
      }),
    })),
  };
}
