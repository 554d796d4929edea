import type { MarkupWriter } from '../../markup/build-blocks.js';
import { writeCellValue } from './cell-value.js';
import { asText, eachOf, isTrue, lookup, readText } from './view-reads.js';

/**
 * templates/partials/roadmap-table.hbs written natively, element by element as the template writes them: the head
 * (and the row of column numbers) repeated on every page, then stage rows across the table and item rows whose
 * cells may merge down. The template stays what a user reads and copies; tests/template/native-partials.test.ts
 * holds the two to the same model.
 */
export function writeRoadmapTable(table: unknown, out: MarkupWriter): void {
  out.open('table', { borders: 'grid', widths: readText(table, 'widths') });
  out.open('row', { header: 'true' });
  for (const head of eachOf(table, 'header'))
    writeCell(out, { valign: 'center' }, { style: 'tableHead' }, readText(head, 'title'));
  out.close();
  if (isTrue(table, 'columnNumbers')) {
    out.open('row', { header: 'true' });
    for (const n of eachOf(table, 'columnNumbers'))
      writeCell(out, {}, { style: 'tableText', align: 'center' }, asText(n));
    out.close();
  }
  for (const row of eachOf(table, 'rows')) {
    if (isTrue(row, 'stage')) {
      const stage = lookup(row, 'stage');
      out.open('row', { 'keep-next': 'true' });
      writeCell(
        out,
        { 'col-span': readText(stage, 'colSpan') },
        { style: 'stageRow' },
        readText(stage, 'text'),
      );
    } else {
      out.open('row');
      for (const cell of eachOf(row, 'cells')) {
        out.open('cell', { 'row-span': readText(cell, 'rowSpan'), align: readText(cell, 'align') });
        writeCellValue(cell, out);
        out.close();
      }
    }
    out.close();
  }
  out.close();
}

/** A cell of one paragraph of text. */
function writeCell(
  out: MarkupWriter,
  cell: Record<string, string>,
  paragraph: Record<string, string>,
  value: string,
): void {
  out.open('cell', cell);
  out.open('p', paragraph);
  if (value !== '') out.text(value);
  out.close();
  out.close();
}
