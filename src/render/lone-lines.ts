import type { Row, Table } from '../model/schema.js';
import { toTableGrid } from './table-grid.js';
import { keepCellWordsWhole } from './whole-words.js';

/** The lines of one cell of a row broken across pages: on the page the row starts on, the page it ends on, in all. */
export type CellLines = {
  readonly before: number;
  readonly after: number;
  readonly total: number;
  /** The lines (from 1) that end inside a word, with a hyphen: a page break after one splits the word. */
  readonly hyphenEnds?: readonly number[];
};

/** Where the PDF layout put one table row (pdf/row-pages.ts): pages from 0, the height from rule to rule. */
export type RowBox = {
  readonly startPage: number;
  readonly endPage: number;
  /** Meaningful when the row lies on one page. */
  readonly heightPt: number;
  /** For a row broken across pages: each cell's lines, and the line pitch. */
  readonly cells?: readonly CellLines[];
  readonly pitchPt?: number;
};

/**
 * What pagination changes in a row so that no cell leaves a lone line at a page break (see Row in model/schema.ts),
 * and `wholeWords`, the cells (indexes into the row's cells) set without hyphenation so that no word is split
 * between the pages (whole-words.ts, keepCellWordsWhole).
 */
export type RowGuard = Pick<Row, 'whole' | 'minHeightPt'> & { readonly wholeWords?: readonly number[] };

/**
 * Whether a word split between the pages of a row's break is mended (once the layouts agree, paginate.ts): `false`,
 * not; else by moving the break, and first, given the width of the section's text, by setting the cell without
 * hyphenation where its words fit whole.
 */
export type WordKeeping = false | { readonly widthMm?: number };

/** Lines of a cell kept together on each side of a page break, as Word's widow and orphan control keeps them. */
const minLines = 2;

/** A row moves whole to keep a word on one page only when what it leaves empty is at most this share of a page. */
const wordShare = 0.1;

/**
 * The rows to change where the laid-out table breaks a row leaving fewer than two lines of a cell on a page
 * (LibreOffice ignores widow control in a table row, so both formats get the break moved in the model):
 * - too few on the page the row starts on (or none: pdfmake would leave an empty strip of the row there): the row
 *   moves to the next page whole (`whole`);
 * - too few carried over: the row above grows by whole lines (`minHeightPt`), so that the break comes k lines earlier
 *   in every cell — k the least that leaves every broken cell two lines on each side; when no k does, or no row
 *   above lies on that page, the row moves whole;
 * - a word split between the pages (the last line on the first ends with a hyphen): the break moves up by the row
 *   above in the same way, to a line that ends a word — a clerk never carries a word over to the next page; when no
 *   line does, the row moves whole if that leaves at most `wordShare` of the page empty.
 * A row taller than a page is left as it is. Only new or larger changes are returned (pagination repeats).
 */
export function findLoneLineGuards(
  table: Table,
  boxes: readonly (RowBox | undefined)[],
  headerRows: number,
  pageTextHeightPt: number,
  keepWords: WordKeeping = {},
): Map<number, RowGuard> {
  const guards = new Map<number, RowGuard>();
  const headerPt = boxes.slice(0, headerRows).reduce((sum, box) => sum + (box?.heightPt ?? 0), 0);
  boxes.forEach((box, r) => {
    if (box?.cells === undefined || box.pitchPt === undefined || r < headerRows) return;
    const split = box.cells.filter((c) => c.before > 0 && c.after > 0);
    // The lines the page the row starts on holds: none at all leaves an empty strip of the row there.
    const capacity = Math.max(...box.cells.map((c) => c.before));
    const lonely = capacity === 0 || split.some((c) => c.before < minLines || c.after < minLines);
    if (!lonely && !(keepWords && split.some((c) => splitsWord(c, c.before)))) return;
    // A word split between the pages: its cell set without hyphenation breaks between words wherever the page ends,
    // in Word as in the PDF; a cell already set so (a word too wide for it) leaves the break to move.
    const widthMm = keepWords ? keepWords.widthMm : undefined;
    const words = widthMm !== undefined && !lonely ? findWordCells(table, r, box.cells, widthMm) : [];
    if (words.length > 0) {
      guards.set(r, { wholeWords: words });
      return;
    }
    const orphaned = capacity < minLines || split.some((c) => c.before < minLines);
    const shift = orphaned ? undefined : findShift(box.cells, capacity, keepWords !== false);
    const above = shift === undefined ? undefined : findRowAbove(table, boxes, r, headerRows);
    if (shift !== undefined && above !== undefined) {
      const heightPt = roundToTwip((boxes[above]?.heightPt ?? 0) + shift * box.pitchPt);
      if (heightPt > (table.rows[above]?.minHeightPt ?? 0)) guards.set(above, { minHeightPt: heightPt });
      return;
    }
    // A word split between pages that no shift mends moves the row whole only when the lines it leaves are few: a
    // page emptier by more is worse than the split word.
    if (!lonely && capacity * box.pitchPt > wordShare * pageTextHeightPt) return;
    // Moved whole, the row must fit under the repeated header (a margin of a line for padding and rules).
    const tallestPt = (Math.max(...box.cells.map((c) => c.total)) + 1) * box.pitchPt;
    const fitsPage = box.endPage === box.startPage + 1 && headerPt + tallestPt <= pageTextHeightPt;
    if (fitsPage && !table.rows[r]?.whole) guards.set(r, { whole: true });
  });
  return guards;
}

/**
 * The guards of earlier layouts that this layout still needs (`boxes`, laid out with them): a row moved whole still
 * begins its page, a row grown to move a break still has the broken row right below it. The pages above a guard move
 * when a break above it moves, and a guard left where no break is any more costs the user: a row kept whole that could
 * break leaves a page emptier, a grown row shows blank lines inside the table. A `whole` that starts no page changes
 * nothing when it goes; a grown row mid-page goes, and its rows stay on their pages.
 */
export function keepLiveGuards(
  table: Table,
  guards: ReadonlyMap<number, RowGuard>,
  boxes: readonly (RowBox | undefined)[],
  headerRows: number,
): Map<number, RowGuard> {
  const live = new Map<number, RowGuard>();
  for (const [r, guard] of guards) {
    const kept: { -readonly [K in keyof RowGuard]: RowGuard[K] } = {};
    if (guard.whole && (boxes[r] === undefined || beginsPage(table, boxes, r, headerRows))) kept.whole = true;
    if (guard.minHeightPt !== undefined && (boxes[r] === undefined || endsAboveBreak(table, boxes, r)))
      kept.minHeightPt = guard.minHeightPt;
    // Words kept whole stay so: the cell set again with hyphens could split the word once more.
    if (guard.wholeWords !== undefined) kept.wholeWords = guard.wholeWords;
    if (kept.whole || kept.minHeightPt !== undefined || kept.wholeWords) live.set(r, kept);
  }
  return live;
}

/** Whether row r, with the stage rows kept with it, is the first on its page (or the table's first body row). */
function beginsPage(
  table: Table,
  boxes: readonly (RowBox | undefined)[],
  r: number,
  headerRows: number,
): boolean {
  const page = boxes[r]?.startPage;
  let first = r;
  while (first > headerRows && table.rows[first - 1]?.keepNext && boxes[first - 1]?.startPage === page)
    first--;
  const before = boxes[first - 1];
  return first <= headerRows || before === undefined || before.endPage < (page ?? 0);
}

/**
 * Whether `above` lies on one page and the first row below it, past the stage rows kept with it, begins on that page
 * and breaks onto the next.
 */
function endsAboveBreak(table: Table, boxes: readonly (RowBox | undefined)[], above: number): boolean {
  const page = boxes[above]?.startPage;
  // A row that itself breaks keeps no least height: LibreOffice would keep it whole.
  if (page !== boxes[above]?.endPage) return false;
  let r = above + 1;
  while (table.rows[r]?.keepNext && boxes[r]?.startPage === page) r++;
  const box = boxes[r];
  return box !== undefined && box.startPage === page && box.endPage > box.startPage;
}

/**
 * The least k such that moving the break k lines up leaves every cell whole or with two lines on each side, and no
 * word split between the pages.
 */
function findShift(cells: readonly CellLines[], capacity: number, keepWords: boolean): number | undefined {
  for (let k = 1; capacity - k >= minLines; k++) {
    const fits = cells.every((c) => {
      const before = Math.min(c.total, capacity - k);
      const after = c.total - before;
      return (
        after === 0 || (before >= minLines && after >= minLines && !(keepWords && splitsWord(c, before)))
      );
    });
    if (fits) return k;
  }
  return undefined;
}

/**
 * The cells of row r (indexes into its cells) whose break splits a word and which setting without hyphenation
 * changes (a word too wide for its cell keeps its hyphens): `lines` by grid column, as pdfmake laid the row out.
 */
function findWordCells(table: Table, r: number, lines: readonly CellLines[], widthMm: number): number[] {
  const row = table.rows[r];
  const grid = toTableGrid(table)[r] ?? [];
  if (row === undefined) return [];
  return lines.flatMap((c, column) => {
    const placed = grid[column];
    if (placed === undefined || placed === 'covered' || !(c.after > 0 && splitsWord(c, c.before))) return [];
    const index = row.cells.indexOf(placed.cell);
    return index >= 0 && keepCellWordsWhole(table, widthMm, new Map([[r, [index]]])) !== table ? [index] : [];
  });
}

/** Whether a break after the cell's first `before` lines splits a word: that line ends with a hyphen. */
function splitsWord(cell: CellLines, before: number): boolean {
  return cell.hyphenEnds?.includes(before) === true;
}

/**
 * The row to grow: the nearest body row above on the same page, past a stage row kept with the broken one (a taller
 * stage row would show). It may be the last row of a merge down (the broken row, which may break, is none): the merged
 * cell grows with it, as it grows with a held height (agreed-cuts.ts).
 */
function findRowAbove(
  table: Table,
  boxes: readonly (RowBox | undefined)[],
  r: number,
  headerRows: number,
): number | undefined {
  const page = boxes[r]?.startPage;
  for (let above = r - 1; above >= headerRows; above--) {
    const box = boxes[above];
    if (box === undefined || box.startPage !== page || box.endPage !== page) return undefined;
    if (!table.rows[above]?.keepNext) return above;
  }
  return undefined;
}

/** Word keeps a row height in twips (1/20 pt): the model's height is one Word can hold exactly. */
export function roundToTwip(pt: number): number {
  return Math.ceil(pt * 20) / 20;
}

/** The table with the guards applied, its text `widthMm` wide (pure; the same table without any). */
export function applyGuards(
  table: Table,
  guards: ReadonlyMap<number, RowGuard> | undefined,
  widthMm: number,
): Table {
  if (guards === undefined || guards.size === 0) return table;
  const words = new Map<number, readonly number[]>();
  for (const [r, { wholeWords }] of guards) if (wholeWords !== undefined) words.set(r, wholeWords);
  const set = words.size > 0 ? keepCellWordsWhole(table, widthMm, words) : table;
  const rows = set.rows.map((row, r) => {
    const guard = guards.get(r);
    if (guard === undefined || (guard.whole === undefined && guard.minHeightPt === undefined)) return row;
    const { wholeWords: _, ...rowGuard } = guard;
    return { ...row, ...rowGuard };
  });
  return { ...set, rows };
}
