import type { DocCell, DocParagraph, DocRow, DocTable } from './blocks.js';
import { type ReadContext, readParagraph, readTextBoxes, unwrap } from './read-body.js';
import { childElement, childElements, childValue, type XmlElement } from './xml-tree.js';

type OpenCell = { col: number; colSpan: number; rowSpan: number; paragraphs: DocParagraph[] };

/**
 * A table on its grid: `gridBefore`/`gridAfter` skip columns, `gridSpan` widens a cell, `vMerge="restart"` opens a
 * merge down and `<w:vMerge/>` (no value: continue) extends the cell above it. Content controls around rows and
 * cells are unwrapped. A nested table's paragraphs join its cell's.
 */
export function readTable(tbl: XmlElement, ctx: ReadContext): DocTable {
  const grid = childElements(childElement(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol');
  const gridColumns = grid.length;
  const gridWidths = grid.map((col) => Number.parseInt(col.attrs['w:w'] ?? '', 10));
  const open = new Map<number, OpenCell>(); // column → the cell a merge down is still open in
  const rows: { header: boolean; cells: OpenCell[] }[] = [];
  let columns = gridColumns;
  for (const tr of unwrap(tbl).filter((e) => e.name === 'w:tr')) {
    const trPr = childElement(tr, 'w:trPr');
    let col = readInt(trPr, 'w:gridBefore');
    const cells: OpenCell[] = [];
    for (const tc of unwrap(tr).filter((e) => e.name === 'w:tc')) {
      const tcPr = childElement(tc, 'w:tcPr');
      const colSpan = Math.max(1, readInt(tcPr, 'w:gridSpan') || 1);
      const vMerge = childElement(tcPr, 'w:vMerge');
      const paragraphs = readCellParagraphs(tc, ctx);
      const above = open.get(col);
      if (vMerge && vMerge.attrs['w:val'] !== 'restart' && above) {
        above.rowSpan += 1;
        if (paragraphs.some((p) => p.text !== '')) above.paragraphs.push(...paragraphs);
      } else {
        const cell: OpenCell = { col, colSpan, rowSpan: 1, paragraphs };
        cells.push(cell);
        for (let c = col; c < col + colSpan; c++) {
          if (vMerge) open.set(c, cell);
          else open.delete(c);
        }
      }
      col += colSpan;
    }
    columns = Math.max(columns, col + readInt(trPr, 'w:gridAfter'));
    rows.push({ header: childElement(trPr, 'w:tblHeader') !== undefined, cells });
  }
  return {
    kind: 'table',
    columns,
    gridWidths: gridWidths.every((w) => w > 0) ? gridWidths : [],
    borderless: isBorderless(tbl),
    rows: rows.map((r): DocRow => ({ header: r.header, cells: r.cells.map((c): DocCell => ({ ...c })) })),
  };
}

function readInt(parent: XmlElement | undefined, name: string): number {
  const n = Number.parseInt(childValue(parent, name) ?? '0', 10);
  return Number.isNaN(n) ? 0 : n;
}

function readCellParagraphs(tc: XmlElement, ctx: ReadContext): DocParagraph[] {
  return unwrap(tc).flatMap((e) => {
    if (e.name === 'w:p') return [readParagraph(e, ctx), ...readTextBoxes(e, ctx)];
    if (e.name === 'w:tbl')
      return readTable(e, ctx).rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
    return [];
  });
}

const isDrawn = (borders: XmlElement | undefined) =>
  borders !== undefined &&
  childElements(borders).some((b) => !['nil', 'none'].includes(b.attrs['w:val'] ?? 'nil'));

/**
 * A table isDrawn without lines (a stamp, a date-and-number line): neither the table, its style (a «Grid» style
 * draws them) nor any cell (LibreOffice draws lines cell by cell) has a border.
 */
function isBorderless(tbl: XmlElement): boolean {
  const tblPr = childElement(tbl, 'w:tblPr');
  if (isDrawn(childElement(tblPr, 'w:tblBorders'))) return false;
  if (/grid|сетк/i.test(childValue(tblPr, 'w:tblStyle') ?? '')) return false;
  const cells = unwrap(tbl).flatMap((tr) => unwrap(tr).filter((e) => e.name === 'w:tc'));
  return !cells.some((tc) => isDrawn(childElement(childElement(tc, 'w:tcPr'), 'w:tcBorders')));
}
