import { resolveWidthsMm } from '../model/page.js';
import type { Block, Table } from '../model/schema.js';
import { layout, toParagraphSpec } from '../model/styles.js';
import { type ColumnNeeds, measureColumns } from './column-needs.js';
import { countHeight, rankRows } from './row-lines.js';
import { measureSetText } from './set-text.js';
import { type PlacedCell, toTableGrid } from './table-grid.js';
import { countWrappedLines, toWrappableLine, type WrappableLine } from './wrapped-lines.js';

const known = new WeakMap<Table, Map<number, readonly number[]>>();

/**
 * Column widths in mm, the same for both renderers. Widths the table states (`mm`, `fr`: a plan's `widths`, a
 * template's) are kept. `auto` columns are fitted to their content, as the automatic table layout of browsers and
 * Word fits them: each gets at least its longest unbreakable piece (a word's longest part between hyphenation points,
 * with its hyphen, or a name with its initials) plus the cell margins, so no word is broken between letters; the
 * rest of the width goes by the volume of text each column holds, up to what its longest line needs (so a column
 * of short names or dates is not wider than they are), and whatever is left, by that need.
 */
/**
 * The table's widths as they come out on this page, stated in mm: a table cut or split from it keeps them, where
 * widths fitted to its own content would move with the text repeated or removed (split-merges.ts, paginate-parts.ts).
 */
export function fixTableWidthsMm(table: Table, availableMm: number): Table['widths'] {
  return resolveTableWidthsMm(table, availableMm).map((mm) => ({ mm }));
}

export function resolveTableWidthsMm(table: Table, availableMm: number): readonly number[] {
  if (!table.widths.some((w) => 'auto' in w)) return resolveWidthsMm(table.widths, availableMm);
  const byWidth = known.get(table) ?? new Map<number, readonly number[]>();
  known.set(table, byWidth);
  let widths = byWidth.get(availableMm);
  if (widths === undefined) {
    widths = fitColumns(table, availableMm);
    byWidth.set(availableMm, widths);
  }
  return widths;
}

function fitColumns(table: Table, availableMm: number): number[] {
  const fixedMm = table.widths.reduce((sum, w) => sum + ('mm' in w ? w.mm : 0), 0);
  const free = table.widths.map((w) => !('mm' in w));
  const roomMm = Math.max(availableMm - fixedMm, 0);
  const needs = measureColumns(table);
  const widths = table.widths.map((w, c) => ('mm' in w ? w.mm : needs[c]!.minMm));
  const minTotal = widths.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0);
  if (minTotal >= roomMm) {
    // Too narrow for every word whole: equal shares, as before fitting (words then break between letters).
    return resolveWidthsMm(table.widths, availableMm);
  }
  let left = roomMm - minTotal;
  for (let pass = 0; pass < table.widths.length && left > 1e-6; pass++) {
    const growing = widths.map((w, c) => free[c] && w < needs[c]!.maxMm - 1e-6);
    const weight = needs.reduce((sum, n, c) => sum + (growing[c] ? Math.max(n.volumeMm, 1) : 0), 0);
    if (weight === 0) break;
    let given = 0;
    widths.forEach((w, c) => {
      if (!growing[c]) return;
      const share = Math.min((left * Math.max(needs[c]!.volumeMm, 1)) / weight, needs[c]!.maxMm - w);
      widths[c] = w + share;
      given += share;
    });
    left -= given;
  }
  if (left > 1e-6) {
    const total = widths.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0);
    return widths.map((w, c) => (free[c] ? w + (left * w) / total : w));
  }
  return balanceRows(widths, needs, free, measureRows(table));
}

/** The lines of each cell's text, measured for wrapping, per row and column: what the balancing wraps. */
type RowTexts = readonly (readonly (readonly WrappableLine[] | undefined)[])[];

/** Rows looked at when balancing: enough to know a table's rows, bounded for a very long one. */
const balancedRows = 80;

/**
 * Moves width, a few millimetres at a time, from a column to another while the table gets shorter: the height of a
 * row is its tallest cell, so a column whose cells are rarely the tallest gives to one whose cells often are (a
 * column of long activity names beside one of a few long documents). Columns stay within their least and greatest
 * need.
 */
function balanceRows(
  start: readonly number[],
  needs: readonly ColumnNeeds[],
  free: readonly boolean[],
  rows: RowTexts,
): number[] {
  const widths = [...start];
  const countLines = createLineCounter(rows, widths.length);
  const marginsMm = 2 * layout.cellPaddingXMm;
  const linesAt = (column: number) => countLines(column, Math.max(widths[column]! - marginsMm, 1));
  let height = countHeight(widths.map((_, c) => linesAt(c)));
  for (const step of [8, 4, 2, 1]) {
    for (let moves = 0; moves < 60; moves++) {
      // A move changes two columns: each row's tallest of the others is known before trying any (rankRows).
      const ranked = rankRows(widths.map((_, c) => linesAt(c)));
      let best: { from: number; to: number; height: number } | undefined;
      widths.forEach((_, from) => {
        if (!free[from] || widths[from]! - step < needs[from]!.minMm) return;
        widths.forEach((_, to) => {
          if (to === from || !free[to] || widths[to]! + step > needs[to]!.maxMm) return;
          widths[from]! -= step;
          widths[to]! += step;
          const next = ranked.heightWith(from, linesAt(from), to, linesAt(to));
          widths[from]! += step;
          widths[to]! -= step;
          if (next < (best?.height ?? height) - 1e-9) best = { from, to, height: next };
        });
      });
      if (best === undefined) break;
      widths[best.from]! -= step;
      widths[best.to]! += step;
      height = best.height;
    }
  }
  return widths;
}

/** The lines of each row's cell in a column at a width: counted once per column and width (to a tenth of a mm). */
type CountLines = (column: number, innerMm: number) => Int32Array;

function createLineCounter(rows: RowTexts, columns: number): CountLines {
  const known = Array.from({ length: columns }, () => new Map<number, Int32Array>());
  return (column, innerMm) => {
    const key = Math.round(innerMm * 10);
    let lines = known[column]!.get(key);
    if (lines === undefined) {
      const counted = new Int32Array(rows.length);
      const widthMm = key / 10;
      for (let r = 0; r < rows.length; r++) {
        const cell = rows[r]![column];
        if (cell) for (const line of cell) counted[r]! += countWrappedLines(line, widthMm);
      }
      lines = counted;
      known[column]!.set(key, lines);
    }
    return lines;
  };
}

function measureRows(table: Table): RowTexts {
  return toTableGrid(table)
    .slice(0, balancedRows)
    .map((row) =>
      table.widths.map((_, c) => {
        const placed = row.find((p): p is PlacedCell => p !== 'covered' && p.column === c);
        return placed && placed.colSpan === 1 && placed.rowSpan === 1
          ? measureLines(placed.cell.children, 0)
          : undefined;
      }),
    );
}

/** The lines of blocks measured for wrapping, each with the indent it is set at. */
function measureLines(blocks: readonly Block[], indentMm: number): WrappableLine[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list')
      return block.items.flatMap((item) => measureLines(item.children, indentMm + layout.listHangingMm));
    if (block.type !== 'paragraph') return [];
    const spec = toParagraphSpec(block);
    return measureSetText(block).lines.map((line) =>
      toWrappableLine(line, spec.sizePt, spec.bold, indentMm + spec.firstLineMm),
    );
  });
}
