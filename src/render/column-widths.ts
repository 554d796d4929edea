import { resolveWidthsMm } from '../model/page.js';
import type { Table } from '../model/schema.js';
import { layout } from '../model/styles.js';
import { type ColumnNeeds, measureColumns } from './column-needs.js';
import { takeHeadWordSlack } from './head-word-slack.js';
import { estimatePageHeads } from './page-heads.js';
import { countHeight, rankRows } from './row-lines.js';
import { type CountLines, createLineCounter, measureRows } from './row-texts.js';
import { countHeaderRows, toTableGrid } from './table-grid.js';

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

function fitColumns(table: Table, availableMm: number): readonly number[] {
  const fixedMm = table.widths.reduce((sum, w) => sum + ('mm' in w ? w.mm : 0), 0);
  const free = table.widths.map((w) => !('mm' in w));
  const roomMm = Math.max(availableMm - fixedMm, 0);
  const needs = measureColumns(table);
  const least = table.widths.map((w, c) => ('mm' in w ? w.mm : needs[c]!.minMm));
  if (least.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0) >= roomMm) {
    // Too narrow for every word whole: equal shares, as before fitting (words then break between letters).
    return resolveWidthsMm(table.widths, availableMm);
  }
  const texts = measureRows(table);
  const merged = table.widths.map((_, c) => countMergedCells(table, c));
  const donors = free.map((f, c) => f && merged[c] === 0);
  const rows = { countLines: createLineCounter(texts, table.widths.length), donors, merged };
  const plain = shareRoom(least, needs, free, roomMm, rows);
  if (plain.height === undefined) return plain.widths;
  const heads = estimatePageHeads(table, plain.height, texts.length, availableMm);
  const fitted = withWordsWhole(plain, least, needs, free, roomMm, { ...rows, heads });
  const headRows = Math.min(countHeaderRows(table.rows), texts.length);
  return takeHeadWordSlack(fitted, needs, 2 * layout.cellPaddingXMm, { ...rows, free, headRows, heads });
}

/**
 * The lines of the rows the balancing counts (counted once per column and width for all the tries of a table), and
 * the columns it may take width from: not one with a cell over several rows (a
 * stage column), whose height the count leaves out, which would else give all but its narrowest piece away.
 */
type Rows = {
  readonly countLines: CountLines;
  readonly donors: readonly boolean[];
  /** Each column's cells merged down. */
  readonly merged: readonly number[];
};

/** The rows, and how many pages they fill: the header rows stand at the top of each (page-heads.ts). */
type HeadedRows = Rows & { readonly heads: number };

/** The cells of a column merged down over several rows (the stage names of a stage column). */
function countMergedCells(table: Table, column: number): number {
  return toTableGrid(table).reduce(
    (sum, row) => sum + row.filter((p) => p !== 'covered' && p.column === column && p.rowSpan > 1).length,
    0,
  );
}

/** A table's widths, and its height in lines when the room was shared by balancing its rows. */
type Fitted = { readonly widths: readonly number[]; readonly height?: number };

/**
 * The widths again with the least width of a narrow column raised to its longest word unhyphenated: all at once
 * when that fits, else column by column, the one needing the least more first, while the table gets no taller than `plain`: a careful typist widens a narrow column of «Подготовительный» or «Аналитическая справка» before
 * letting Word hyphenate it, and takes the width from a column that has more than it needs. A column raised to its longest
 * head word (its longest word, or, when a word of the body is longer and costs too much, the head word alone) may cost
 * the table up to a line per page the header stands on: «Сроки ре-/ализации», «Ответствен-/ный» at the top of every
 * page is the most visible split of a table. A stage name that costs too much with its number («1. Подготовительный»)
 * is tried without it, the number then on a line of its own (leading-number.ts).
 */
function withWordsWhole(
  plain: Fitted,
  least: readonly number[],
  needs: readonly ColumnNeeds[],
  free: readonly boolean[],
  roomMm: number,
  rows: HeadedRows,
): readonly number[] {
  const narrow = least
    .map((_, c) => c)
    .filter((c) => free[c] && plain.widths[c]! < needs[c]!.wordMm - 1e-6)
    .sort((a, b) => needs[a]!.wordMm - plain.widths[a]! - (needs[b]!.wordMm - plain.widths[b]!));
  if (narrow.length === 0) return plain.widths;
  // All at once first: usually the room allows it, and one more balancing is what it costs.
  const all = tryFloors(least.map((w, c) => (narrow.includes(c) ? needs[c]!.wordMm : w)));
  if (all !== undefined) return all.widths;
  let best = plain;
  const floors = [...least];
  for (const column of narrow) {
    // The longest word; else the longest with a leading number on a line of its own (a stage name without its «1.»);
    // else the longest head word when a word of the body is longer.
    const { wordMm, looseWordMm, headWordMm } = needs[column]!;
    const tries = [wordMm, looseWordMm, headWordMm].filter(
      (w, i, all) => w <= wordMm && all.indexOf(w) === i,
    );
    for (const floor of tries.sort((a, b) => b - a)) {
      if (floor <= Math.max(plain.widths[column]!, floors[column]!) + 1e-6) break;
      const fitted = tryFloors(floors.map((w, c) => (c === column ? floor : w)));
      if (fitted === undefined) continue;
      floors[column] = floor;
      best = fitted;
      break;
    }
  }
  return best.widths;

  /** The widths from these least widths, if they fit the room and leave the table no taller than `plain`. */
  function tryFloors(raised: readonly number[]): Fitted | undefined {
    if (raised.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0) > roomMm) return undefined;
    // From the plain widths, the raise taken from the other free columns by what each has above its floor: the
    // balancing then starts near where it ends, a few moves instead of a whole search.
    const start = plain.widths.map((w, c) => (free[c] ? Math.max(w, raised[c]!) : w));
    const over = start.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0) - roomMm;
    const spare = start.map((w, c) => (free[c] && w > raised[c]! ? w - raised[c]! : 0));
    const total = spare.reduce((sum, w) => sum + w, 0);
    if (total < over) return undefined;
    const fitted = balanceRows(
      start.map((w, c) => w - (over * spare[c]!) / total),
      raised,
      needs,
      free,
      rows,
    );
    // A stage name (a column of cells merged down, which gives no width) heads its rows: its longest word is set
    // whole at the cost of up to a line of the table per name («Аналитико-концептуальный», not
    // «Аналити-/ко-кон-/цептуаль-/ный»); a head word, at the cost of up to a line per page the header stands on;
    // another column's only where the table gets no taller.
    const headings = raised.reduce((sum, w, c) => {
      if (!free[c] || w <= least[c]!) return sum;
      const names = rows.donors[c] ? 0 : rows.merged[c]!;
      return sum + names + (w <= needs[c]!.headWordMm + 1e-6 ? rows.heads : 0);
    }, 0);
    return fitted.height !== undefined && fitted.height > plain.height! + headings ? undefined : fitted;
  }
}

/** The room shared between the free columns from their least widths: by the volume of their text, then balanced. */
function shareRoom(
  least: readonly number[],
  needs: readonly ColumnNeeds[],
  free: readonly boolean[],
  roomMm: number,
  rows: Rows,
): Fitted {
  const widths = [...least];
  let left = roomMm - least.reduce((sum, w, c) => sum + (free[c] ? w : 0), 0);
  for (let pass = 0; pass < widths.length && left > 1e-6; pass++) {
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
    return { widths: widths.map((w, c) => (free[c] ? w + (left * w) / total : w)) };
  }
  return balanceRows(widths, least, needs, free, rows);
}

/**
 * Moves width, a few millimetres at a time, from a column to another while the table gets shorter: the height of a
 * row is its tallest cell, so a column whose cells are rarely the tallest gives to one whose cells often are (a
 * column of long activity names beside one of a few long documents). Columns stay within their least and greatest
 * need.
 */
function balanceRows(
  start: readonly number[],
  least: readonly number[],
  needs: readonly ColumnNeeds[],
  free: readonly boolean[],
  { countLines, donors }: Rows,
): Fitted {
  const widths = [...start];
  const marginsMm = 2 * layout.cellPaddingXMm;
  const linesAt = (column: number) => countLines(column, Math.max(widths[column]! - marginsMm, 1));
  let height = countHeight(widths.map((_, c) => linesAt(c)));
  for (const step of [8, 4, 2, 1]) {
    for (let moves = 0; moves < 60; moves++) {
      // A move changes two columns: each row's tallest of the others is known before trying any (rankRows).
      const ranked = rankRows(widths.map((_, c) => linesAt(c)));
      let best: { from: number; to: number; height: number } | undefined;
      widths.forEach((_, from) => {
        if (!donors[from] || widths[from]! - step < least[from]!) return;
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
  return { widths, height };
}
