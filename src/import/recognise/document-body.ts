import { importText } from '../../messages.js';
import type { DocBlock, DocParagraph, DocTable } from '../docx/blocks.js';
import type { Note } from '../notes.js';
import { placeNotes } from '../notes.js';
import { type CellValue, readCellText, readCellValue } from './cell-value.js';
import { type ColumnText, fitWordsWhole, type Orientation } from './fit-widths.js';
import type { PeopleBook } from './people.js';
import { readRoadmapTable } from './roadmap-table.js';
import { toPlanWidths } from './table-widths.js';

type Body = Record<string, unknown>[];

/** Whether a paragraph is a heading: a heading style, or a short bold line without a final full stop. */
export function isHeading(p: DocParagraph): boolean {
  if (/heading|заголовок|title/i.test(p.style)) return true;
  return p.bold && p.text.length < 160 && !/[.:;]$/.test(p.text) && !p.marker;
}

/** A line of a table of contents: Word's «toc 1» … «оглавление 2», or gramota's «Строка содержания». */
const contentsStyle = /^(toc \d|оглавление \d|строка содержания)$/i;

/**
 * Blocks of a free document: headings, paragraphs, lists from Word's list paragraphs, roadmap and plain tables.
 * A table of contents is not carried as text: `contents` says there was one (with its «Содержание» line).
 */
export function readBlocks(
  blocks: readonly DocBlock[],
  book: PeopleBook,
  orientation: Orientation = 'portrait',
): { body: Body; notes: Note[]; contents: boolean } {
  const body: Body = [];
  const notes: Note[] = [];
  let contents = false;
  let list: { ordered: boolean; items: unknown[] } | undefined;
  const closeList = () => {
    if (list) body.push(list.ordered ? { numbered: list.items } : { list: list.items });
    list = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      closeList();
      const roadmap = readRoadmapTable(block, book);
      if (roadmap) {
        notes.push(...placeNotes(roadmap.notes, [body.length, 'roadmap']));
        body.push({ roadmap: roadmap.data });
      } else {
        const table = readPlainTable(block, orientation);
        if (table) body.push({ table });
      }
      continue;
    }
    const text = block.text.trim();
    if (text === '') continue;
    if (contentsStyle.test(block.style)) {
      const before = body.at(-1);
      if (!contents && before && /^(содержание|оглавление)$/i.test(String(before.heading ?? ''))) body.pop();
      contents = true;
      continue;
    }
    if (block.marker) {
      const ordered = !block.marker.bullet;
      if (!list || list.ordered !== ordered) {
        closeList();
        list = { ordered, items: [] };
      }
      if (block.marker.level > 0 && list.items.length > 0) nestItem(list, text, ordered, notes, body.length);
      else list.items.push(text);
      continue;
    }
    closeList();
    if (isHeading(block)) body.push({ heading: text });
    else if (block.align === 'center' || block.align === 'right')
      body.push({ paragraph: text, align: block.align });
    else body.push({ paragraph: text });
  }
  closeList();
  return { body, notes, contents };
}

/** A deeper list level: a nested list under the previous item ({ text, numbered } / { text, list }). */
function nestItem(
  list: { ordered: boolean; items: unknown[] },
  text: string,
  ordered: boolean,
  notes: Note[],
  at: number,
): void {
  const last = list.items.at(-1)!;
  if (!list.ordered) {
    list.items.push(text);
    notes.push({ path: [at], text: importText.listFlattened });
    return;
  }
  const parent: Record<string, unknown> = typeof last === 'string' ? { text: last } : { ...(last as object) };
  const key = ordered ? 'numbered' : 'list';
  const before = Array.isArray(parent[key]) ? (parent[key] as unknown[]) : [];
  list.items[list.items.length - 1] = { ...parent, [key]: [...before, text] };
}

/** A table that is no roadmap: the first row as columns, the rest as rows; merged cells keep rowspan/colspan. */
export function readPlainTable(
  table: DocTable,
  orientation: Orientation = 'portrait',
): Record<string, unknown> | undefined {
  const [header, ...rows] = table.rows;
  if (!header) return undefined;
  const columns = header.cells.flatMap((c) =>
    Array.from({ length: c.colSpan }, (_, i) => (i === 0 ? readCellText(c) : '')),
  );
  if (columns.length !== table.columns) return undefined;
  const texts: ColumnText[] = header.cells.flatMap((c) =>
    c.colSpan === 1 ? [{ column: c.col, lines: readCellText(c).split('\n'), head: true, list: false }] : [],
  );
  const widths = toPlanWidths(table.gridWidths, table.columns);
  const planRows = rows.map((row) =>
    row.cells.map((cell) => {
      const value = readCellValue(cell) ?? '';
      if (cell.colSpan === 1) texts.push(toColumnText(cell.col, value));
      if (cell.rowSpan === 1 && cell.colSpan === 1) return value;
      const text = typeof value === 'object' && !Array.isArray(value) ? value.numbered : value;
      return {
        text,
        ...(cell.rowSpan > 1 && { rowspan: cell.rowSpan }),
        ...(cell.colSpan > 1 && { colspan: cell.colSpan }),
      };
    }),
  );
  // Word's widths, raised where gramota would break a word between letters (fit-widths.ts).
  const fitted = widths && fitWordsWhole(widths, texts, orientation);
  return { columns, ...(fitted && { widths: fitted }), rows: planRows };
}

/** A cell's plan value as the lines it is set in: text, or the items of a list. */
function toColumnText(column: number, value: CellValue): ColumnText {
  if (typeof value === 'string') return { column, lines: value.split('\n'), head: false, list: false };
  const items = Array.isArray(value) ? value : value.numbered;
  return { column, lines: items, head: false, list: true };
}
