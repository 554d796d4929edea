import type { DocParagraph, DocTable } from '../docx/blocks.js';
import { readCellText } from './cell-value.js';
import { readBlocks } from './document-body.js';
import type { PeopleBook } from './people.js';

const headerTitles = /наименование|раздел|содержание|показател|параметр|характеристик/i;

/**
 * A passport (паспорт проекта, информационная карта): a table of two columns «раздел — содержание» under a title
 * that says so, or with every label in bold. Values of several paragraphs become blocks (lists, numbered lists).
 */
export function readPassportTable(
  table: DocTable,
  title: string,
  book: PeopleBook,
): Record<string, unknown> | undefined {
  const simple =
    table.columns === 2 &&
    table.rows.every((r) => r.cells.length === 2 && r.cells.every((c) => c.rowSpan === 1));
  if (!simple || table.rows.length === 0) return undefined;
  const [first, ...rest] = table.rows;
  const header = first!.header || first!.cells.every((c) => headerTitles.test(readCellText(c)));
  const rows = header ? rest : table.rows;
  const boldLabels = rows.every((r) => r.cells[0]!.paragraphs.every((p) => p.text.trim() === '' || p.bold));
  if (rows.length === 0 || !(/паспорт|информационная карта/i.test(title) || boldLabels)) return undefined;
  return {
    ...(header && { columns: first!.cells.map((c) => readCellText(c)) }),
    rows: rows.map((row) => ({
      label: readCellText(row.cells[0]).replace(/\n/g, ' '),
      value: readValue(row.cells[1]!.paragraphs, book),
    })),
  };
}

function readValue(paragraphs: readonly DocParagraph[], book: PeopleBook): unknown {
  const filled = paragraphs.filter((p) => p.text.trim() !== '');
  if (filled.length === 0) return '';
  if (filled.length === 1 && !filled[0]!.marker) return filled[0]!.text.trim();
  if (filled.every((p) => p.marker?.bullet)) return filled.map((p) => p.text.trim());
  return readBlocks(filled, book).body;
}
