import { hasContents } from '../../model/contents.js';
import { pageGeometry, textWidthMm } from '../../model/page.js';
import type { Block, Row, Section, Table } from '../../model/schema.js';
import { fixTableWidthsMm } from '../column-widths.js';
import type { RowBox } from '../lone-lines.js';
import { needsPagination } from '../needs-pagination.js';
import { splitTableAt } from '../split-merges.js';
import { countHeaderRows } from '../table-grid.js';
import { type Laid, openPdfFile, type PdfFile } from './lay-out.js';
import { type Define, layOutSection, paginateSection, type TableBoxes } from './paginate.js';

/** Body rows of a long table laid out at a time: enough for many pages, few enough to hold little memory. */
export const partRows = 400;
/**
 * A table with more body rows than this is laid out in parts. Below it parts save no memory (V8 grows its heap by
 * more than a layout holds) and cost time: each layout starts its code anew (docs/speed.md, «Восьмой шаг»).
 */
export const longRows = 3000;

/**
 * The index of the one top-level table of a section that is laid out in parts (paginateInParts), if any: longer
 * than `longRows` body rows, in a section without a contents (whose page numbers need one layout of it all).
 */
export function findLongTable(section: Section, rows = longRows): number | undefined {
  if (hasContents(section)) return undefined;
  const long = section.children.flatMap((block, i) =>
    block.type === 'table' && block.rows.length - countHeaderRows(block.rows) > rows ? [i] : [],
  );
  return long.length === 1 ? long[0] : undefined;
}

/**
 * A section with a long table, paginated (paginate.ts) and drawn a part at a time, so that the layout of only one
 * part is held: pdfmake keeps every line of every page until its layout ends, and a table of 10 000 rows held so
 * took ~550 MB. Each part is the table's header and `size` body rows from where the last part's pages end (the blocks
 * before the table go with the first part, those after it with the last): it is paginated and laid out, and its
 * pages up to the last that begins with a whole row are final — what is on a page depends on what comes before it
 * and on the rows of that page — so they are drawn into the file that all parts share, and the next part begins
 * with that row on a new page, numbered on. Merges down are cut there anyway (a page start), and the table keeps the
 * column widths fitted to all of it. The section returned is what both formats render: the rows each part's
 * pagination gave, up to its last page. `pdf` is the section's file, when `draws`.
 */
export function paginateInParts(
  section: Section,
  define: Define,
  tableIndex: number,
  draws: boolean,
  size = partRows,
): { section: Section; pdf: Promise<Uint8Array> | undefined } {
  const table = section.children[tableIndex] as Table;
  const headerRows = countHeaderRows(table.rows);
  const widths = fixTableWidthsMm(table, textWidthMm(pageGeometry(section.orientation)));
  const file = draws ? openPdfFile(define({ ...section, children: [] })) : undefined;
  const body: Row[] = [];
  let head: readonly Block[] = [];
  let header: readonly Row[] = [];
  let from = headerRows;
  let firstPage = 1;
  let take = size;
  for (;;) {
    const to = Math.min(from + take, table.rows.length);
    const at = from === headerRows ? tableIndex : 0;
    const part = toPart(section, tableIndex, from, to, widths);
    const laid = layOutPart(part, (s) => define(s, firstPage), file);
    const rows = (laid.section.children[at] as Table).rows;
    if (from === headerRows) [head, header] = [laid.section.children.slice(0, at), rows.slice(0, headerRows)];
    if (to === table.rows.length) {
      body.push(...rows.slice(headerRows));
      const paginated = { ...table, widths, rows: [...header, ...body] };
      const children = [...head, paginated, ...laid.section.children.slice(at + 1)];
      return {
        section: withChildren(section, children, tableIndex),
        pdf: file ? laid.laid.draw() : undefined,
      };
    }
    const cut = findCut(laid.boxes.get(at) ?? [], headerRows);
    if (cut === undefined) {
      take *= 2; // fewer than two pages: a part of more rows
      continue;
    }
    body.push(...rows.slice(headerRows, cut.row));
    if (file) laid.laid.drawFirst(cut.page);
    firstPage += cut.page;
    from += cut.row - headerRows;
    take = size;
  }
}

/**
 * The part of `section` with the table's rows `from` to `to` (and its header rows): merges down cut at both ends, the
 * table's widths fixed in mm; the blocks before the table with the first part, those after it with the last.
 */
function toPart(
  section: Section,
  tableIndex: number,
  from: number,
  to: number,
  widths: Table['widths'],
): Section {
  const table = section.children[tableIndex] as Table;
  const headerRows = countHeaderRows(table.rows);
  const cut = splitTableAt(table, to < table.rows.length ? [from, to] : [from]);
  const rows = [...cut.rows.slice(0, headerRows), ...cut.rows.slice(from, to)];
  const part: Table = { ...cut, widths, rows };
  const before = from === headerRows ? section.children.slice(0, tableIndex) : [];
  const after = to === table.rows.length ? section.children.slice(tableIndex + 1) : [];
  return { ...section, children: [...before, part, ...after] };
}

/** The section with these blocks, or the section itself when they are its own (the table's rows all its own). */
function withChildren(section: Section, children: readonly Block[], tableIndex: number): Section {
  const own = section.children[tableIndex] as Table;
  const table = children[tableIndex] as Table;
  const same =
    children.every((block, i) => i === tableIndex || block === section.children[i]) &&
    table.rows.every((row, r) => row === own.rows[r]);
  return same ? section : { ...section, children: [...children] };
}

/** A part paginated as a whole section is (paginate.ts), with its last layout and where that put the rows. */
function layOutPart(
  part: Section,
  define: Define,
  file: PdfFile | undefined,
): { section: Section; laid: Laid; boxes: TableBoxes } {
  if (!needsPagination(part)) return { section: part, ...layOutSection(part, define, part, file) };
  const paginated = paginateSection(part, define, file);
  if (paginated.laid !== undefined) return { ...paginated, laid: paginated.laid };
  return { section: paginated.section, ...layOutSection(paginated.section, define, part, file) };
}

/**
 * The last page but the first that a whole body row begins (the row above ends on the page before), and that row:
 * the pages before it are final. None when the part has no such page.
 */
export function findCut(
  boxes: readonly (RowBox | undefined)[],
  headerRows: number,
): { row: number; page: number } | undefined {
  for (let r = boxes.length - 1; r > headerRows; r--) {
    const box = boxes[r];
    const above = boxes[r - 1];
    if (box === undefined || above === undefined) continue;
    if (box.startPage > 0 && above.endPage < box.startPage) return { row: r, page: box.startPage };
  }
  return undefined;
}
