import { pageGeometry, textWidthMm } from '../model/page.js';
import type { Block, Cell, Row, Section, Table } from '../model/schema.js';
import { fixTableWidthsMm } from './column-widths.js';
import { countHeaderRows, toTableGrid } from './table-grid.js';

/**
 * Where each page of a laid-out table begins: for every top-level table of a section (by its index among the
 * section's blocks), the body rows that start a page.
 */
export type PageStarts = ReadonlyMap<number, readonly number[]>;

/** Whether any top-level table of the section merges cells down: only those need their page starts. */
export function hasVerticalMerges(section: Section): boolean {
  return section.children.some((block) => block.type === 'table' && mergesDown(block));
}

/** Whether a table has a cell merged down over more than one row. */
export function mergesDown(table: Table): boolean {
  return table.rows.some(startsMerge);
}

/** Whether a cell of the row is merged down over the rows below it. */
export function startsMerge(row: Row): boolean {
  return row.cells.some((c) => (c.rowSpan ?? 1) > 1);
}

/**
 * The section with every vertically merged cell that runs over a page start cut there: the merge restarts on the
 * new page and the new top cell repeats the cell's text, as a clerk retypes a stage name on a continuation page
 * (and a merged cell never stays open at a page break). Tables without such a cut are the same objects.
 */
export function splitMergesAtPageStarts(
  section: Section,
  starts: PageStarts,
  joins: PageStarts = new Map(),
): Section {
  return mapTables(section, (table, i) => {
    const rows = starts.get(i);
    return rows === undefined || rows.length === 0
      ? table
      : splitTableAt(table, rows, 'repeat', joins.get(i));
  });
}

/**
 * The section with every merge down undone and the merged cells left empty: how the rows lie when no merged text
 * is in the way, the first guess of where the pages start (paginate.ts).
 */
export function blankMerges(section: Section): Section {
  return splitAtEveryRow(section, 'blank');
}

/** The section with every merge down undone, each row repeating the merged text in a cell of its own. */
export function undoMerges(section: Section): Section {
  return splitAtEveryRow(section, 'repeat');
}

function splitAtEveryRow(section: Section, fill: 'repeat' | 'blank'): Section {
  return mapTables(section, (table) =>
    splitTableAt(
      table,
      table.rows.map((_, r) => r),
      fill,
    ),
  );
}

/**
 * The section with `change` applied to its top-level tables. A changed table keeps the column widths the original
 * one gets on this page, in mm: fitted to the content (column-widths.ts), they would move with the repeated or
 * removed text, and with them the rows and the page starts.
 */
function mapTables(section: Section, change: (table: Table, index: number) => Table): Section {
  let changed = false;
  const widthMm = textWidthMm(pageGeometry(section.orientation));
  const children = section.children.map((block, i): Block => {
    if (block.type !== 'table') return block;
    const split = change(block, i);
    if (split === block) return block;
    changed = true;
    return { ...split, widths: fixTableWidthsMm(block, widthMm) };
  });
  return changed ? { ...section, children } : section;
}

/**
 * A table whose vertical merges are cut at the given rows (pure; the same table when nothing is cut). Each new top
 * cell repeats the merged cell's content, or is empty with `blank` (then the first part is emptied too).
 *
 * A part that begins at one of `joins` — a row that breaks across pages below other rows of the merge, on the same
 * page — is empty instead and joins the part above (`openTop`, `openBottom`: no rule between them), as Word runs a
 * merged cell on over a breaking row: the name stands once on that page, not again beside the broken row. The row's
 * part on the next page is as empty as its № cell there: a continued row is numbered and named where it begins.
 */
export function splitTableAt(
  table: Table,
  starts: readonly number[],
  fill: 'repeat' | 'blank' = 'repeat',
  joins: readonly number[] = [],
): Table {
  const grid = toTableGrid(table);
  const cuts = new Set(starts.filter((r) => r >= countHeaderRows(table.rows)));
  // For each row, the cells that start there: the table's own (a span maybe shortened) and repeated ones.
  const placed = new Map<number, Map<number, Cell>>();
  const place = (top: number, column: number, cell: Cell) =>
    placed.set(top, (placed.get(top) ?? new Map<number, Cell>()).set(column, cell));
  let changed = false;
  grid.forEach((gridRow, r) => {
    for (const p of gridRow) {
      if (p === 'covered' || p.rowSpan === 1) continue;
      let top = r;
      let above: { top: number; cell: Cell } | undefined;
      for (let i = r + 1; i <= r + p.rowSpan; i++) {
        if (i < r + p.rowSpan && !cuts.has(i)) continue;
        const joined = fill === 'repeat' && above !== undefined && joins.includes(top);
        const content = fill === 'blank' || joined ? { ...p.cell, children: [] } : p.cell;
        const cell = withRowSpan(joined ? { ...content, openTop: true } : content, i - top);
        if (joined && above !== undefined) place(above.top, p.column, { ...above.cell, openBottom: true });
        if (i - top !== p.rowSpan) changed = true;
        place(top, p.column, cell);
        above = { top, cell };
        top = i;
      }
    }
  });
  if (!changed) return table;
  const rows = table.rows.map((row, r): Row => {
    const at = placed.get(r);
    if (at === undefined) return row;
    const cells = (grid[r] ?? []).flatMap((p, column) => {
      const own = at.get(column);
      if (own !== undefined) return [own];
      return p === 'covered' ? [] : [p.cell];
    });
    return { ...row, cells };
  });
  return { ...table, rows };
}

/**
 * A part of one row keeps `rowSpan: 1`: it was merged, and its row stays whole like every row under a merge
 * (breakable-rows.ts) — a stage name is never cut by a page break.
 */
function withRowSpan(cell: Cell, rowSpan: number): Cell {
  return { ...cell, rowSpan };
}
