import { buildModels } from '../../src/generate.js';
import { pageGeometry, resolveWidthsMm, textWidthMm } from '../../src/model/page.js';
import type { Block, Cell, Inline, Table } from '../../src/model/schema.js';
import { styles } from '../../src/model/styles.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

/**
 * What a document says as plain strings, for the raw library floors: the text outside the main table as paragraphs,
 * and the main table (the one with the most rows) as rows of cell texts. Taken from gramota's own document model,
 * so the floors print the same text that gramota prints.
 */
export type FloorContent = {
  readonly orientation: 'portrait' | 'landscape';
  readonly marginsMm: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  readonly fontSizePt: number;
  readonly paragraphs: readonly string[];
  readonly widthsMm: readonly number[];
  readonly headerRows: number;
  /** Every row has one text per column; a merged cell's text stands in its first column, the rest are empty. */
  readonly rows: readonly (readonly string[])[];
};

/** The first document of a plan as FloorContent (the generated roadmaps have one document in one section). */
export function extractContent(source: string): FloorContent {
  const plan = parsePlan(source, 'bench.yaml');
  const model = buildModels(plan)[0]!.model;
  const section = model.sections[0]!;
  const blocks = section.children;
  const tables = blocks.filter((b): b is Table => b.type === 'table');
  const main = tables.reduce<Table | undefined>(
    (a, b) => (a && a.rows.length >= b.rows.length ? a : b),
    undefined,
  );
  if (!main) throw new Error('the first document has no table');
  const page = pageGeometry(section.orientation);
  const columns = main.widths.length;
  const leading = main.rows.findIndex((r) => r.header !== true);
  return {
    orientation: section.orientation,
    marginsMm: page.margins,
    fontSizePt: styles.tableText.sizePt,
    paragraphs: blocks.filter((b) => b !== main).flatMap(collectParagraphs),
    widthsMm: resolveWidthsMm(main.widths, textWidthMm(page)),
    headerRows: leading === -1 ? main.rows.length : leading,
    rows: main.rows.map((row) => padRow(row.cells.flatMap(spreadCell), columns)),
  };
}

function collectParagraphs(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [joinInlines(block.children)];
    case 'list':
      return block.items.flatMap((item) => item.children.flatMap(collectParagraphs));
    case 'table':
      return block.rows.flatMap((row) =>
        row.cells.flatMap((cell) => cell.children.flatMap(collectParagraphs)),
      );
    default:
      return [];
  }
}

/** A cell's paragraphs joined by line feeds; a spanned cell leaves empty texts in the columns it covers. */
function spreadCell(cell: Cell): string[] {
  const texts = cell.children.flatMap(collectParagraphs).join('\n');
  return [texts, ...Array.from({ length: (cell.colSpan ?? 1) - 1 }, () => '')];
}

function joinInlines(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.type === 'text' ? i.value : i.type === 'lineBreak' ? '\n' : i.type === 'tab' ? '\t' : ''))
    .join('');
}

/** Cells hidden under a row span are absent from the model: the row is padded to the column count. */
function padRow(texts: readonly string[], columns: number): string[] {
  return [...texts, ...Array.from({ length: Math.max(columns - texts.length, 0) }, () => '')].slice(
    0,
    columns,
  );
}
