import type { Block, DocumentModel, Table } from '../model/schema.js';
import { mapSectionBlocks } from '../model/section-blocks.js';
import { setTableSize } from '../model/table-size.js';
import { measureColumns } from './column-needs.js';
import { resolveTableWidthsMm } from './column-widths.js';

/**
 * Below this mean width a column at 12 pt holds fewer than about 13 letters a line (26 mm of text between the cell
 * margins): the longer Russian words («образовательной», «ответственный») no longer fit a line whole and are
 * hyphenated in most lines. A 9-column table on a landscape page (28.6 mm a column) or a 6-column one on a portrait
 * page (28.3 mm) steps down; 8 landscape (32.1 mm) or 5 portrait (34 mm) columns stay at 12 pt.
 */
export const crowdedColumnMm = 30;

/**
 * The size of every grid table's text (docs/format.md, «Размер текста таблиц»): 12 pt; 11 pt when its columns are
 * crowded (mean width under crowdedColumnMm) or when at 12 pt some column is narrower than its longest piece that
 * cannot break (a word between hyphenation points); 10 pt when even 11 pt leaves such a piece wider than its column;
 * never below 10. A size the template states (`<table size>`) stays. The size goes into the model (the table's
 * `sizePt`, its paragraphs' `sizePt`), so both formats set the same text on the same pages.
 */
export function fitTableSizes(model: DocumentModel): DocumentModel {
  return mapSectionBlocks(model, fitBlock);
}

function fitBlock(block: Block, widthMm: number): Block {
  if (block.type !== 'table' || block.borders !== 'grid' || block.sizePt !== undefined) return block;
  const crowded = widthMm / block.widths.length < crowdedColumnMm;
  if (!crowded && fitsWhole(block, widthMm)) return block;
  const at11 = setTableSize(block, 11);
  return fitsWhole(at11, widthMm) ? at11 : setTableSize(block, 10);
}

/** Whether every column is at least as wide as its longest piece that cannot break. */
function fitsWhole(table: Table, widthMm: number): boolean {
  const widths = resolveTableWidthsMm(table, widthMm);
  return measureColumns(table).every((need, c) => need.minMm <= widths[c]! + 1e-6);
}
