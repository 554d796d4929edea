import { pageGeometry, textHeightMm, textWidthMm } from '../model/page.js';
import type { Table } from '../model/schema.js';
import { layout, styles } from '../model/styles.js';
import { mmToPt } from '../model/units.js';
import { lineHeightEm } from './measure.js';

/**
 * How many pages the counted rows of a table fill, at least one: the header rows are printed at the top of each of
 * them (an estimate before any layout, for column-widths.ts). `lines` is the rows' height in lines and `rows` how many
 * rows that is; the page is the one whose text is at least `availableMm` wide (portrait up to 170 mm, else landscape).
 */
export function estimatePageHeads(table: Table, lines: number, rows: number, availableMm: number): number {
  const portrait = pageGeometry('portrait');
  const page = availableMm <= textWidthMm(portrait) + 1e-6 ? portrait : pageGeometry('landscape');
  const sizePt = table.sizePt ?? styles.tableText.sizePt;
  const rowFramePt = 2 * mmToPt(layout.cellPaddingYMm) + layout.borderPt;
  const heightPt = lines * sizePt * lineHeightEm() + rows * rowFramePt;
  return Math.max(1, Math.ceil(heightPt / mmToPt(textHeightMm(page))));
}
