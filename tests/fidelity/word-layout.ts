import { layoutDocument } from 'docx/layout';
import type { DocumentModel, Table } from '../../src/model/schema.js';
import { toDocx } from '../../src/render/docx/index.js';
import { countHeaderRows } from '../../src/render/table-grid.js';
import { textValuesOf } from './text-values.js';

/**
 * Our DOCX paginated as Word paginates it, by the docx library's own layout (`docx/layout`, with the widths of
 * Liberation Serif, which Word's Times New Roman shares): a second judge of the pages, without LibreOffice. For each
 * page, the number of the first row of a table with a repeated header that begins there (as the first cell of its
 * row reads in the model), or none.
 */
export function paginateLikeWord(model: DocumentModel): {
  pages: number;
  firstRowNumbers: (string | undefined)[];
  stoppedAt?: string;
} {
  const layout = layoutDocument(toDocx(model));
  const tables = model.sections.flatMap((s) => s.children.filter((b): b is Table => b.type === 'table'));
  const order: number[] = []; // body index of each table, in order of appearance: tables[k] is order[k]
  const seen = new Set<string>();
  const firstRowNumbers = layout.pages.map((page) => {
    let first: string | undefined;
    for (const block of page.body) {
      if (block.type !== 'table') continue;
      if (!order.includes(block.index)) order.push(block.index);
      const table = tables[order.indexOf(block.index)];
      const headerRows = table === undefined ? 0 : countHeaderRows(table.rows);
      for (const row of block.rows) {
        const key = `${block.index}:${row.index}`;
        if (row.index < headerRows || seen.has(key)) continue;
        seen.add(key);
        const text = textValuesOf(table?.rows[row.index]?.cells[0])[0]?.split(/[\s\u00A0]/)[0]; // a stage row «1. Подготовительный этап» by its number
        if (first === undefined && headerRows > 0 && text && /^\d+(\.\d+)*\.?$/.test(text)) first = text;
      }
    }
    return first;
  });
  return {
    pages: layout.pages.length,
    firstRowNumbers,
    ...(layout.stoppedAt && { stoppedAt: layout.stoppedAt }),
  };
}
