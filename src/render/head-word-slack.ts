import type { ColumnNeeds } from './column-needs.js';
import { countHeight } from './row-lines.js';
import type { CountLines } from './row-texts.js';

/** The width moved at a time: the line counts are kept to a tenth of a millimetre (row-texts.ts). */
const stepMm = 0.1;

/** What the slack step reads of a table: its columns' lines at a width, and which columns may change. */
export type SlackRows = {
  readonly countLines: CountLines;
  /** The columns fitted to their content (not a width the table states). */
  readonly free: readonly boolean[];
  /** The columns that may give width: free, with no cell merged down. */
  readonly donors: readonly boolean[];
  /** The header rows, the first of the rows counted. */
  readonly headRows: number;
  /** How many pages the header stands on (page-heads.ts). */
  readonly heads: number;
};

/**
 * The widths with each head word that does not fit its column made whole from the slack of the others: a tenth of a
 * millimetre at a time, from the column where it costs the table the fewest lines (the widest of them first), the
 * table counted as printed, its header on every page. A careful typist gives «Ответственный» the tenth of a millimetre
 * it lacks from a wide column of results rather than set «Ответствен-/ный» at the top of every page. A donor keeps
 * its longest piece and the words it holds whole; the raise may cost up to a line per page the header stands on, as a
 * head word may in column-widths.ts, and a head word that would cost more keeps the widths as they were: hyphenated,
 * the last resort.
 */
export function takeHeadWordSlack(
  widths: readonly number[],
  needs: readonly ColumnNeeds[],
  marginsMm: number,
  rows: SlackRows,
): readonly number[] {
  const missing = (set: readonly number[], c: number) => needs[c]!.headWordMm - set[c]!;
  const short = widths
    .map((_, c) => c)
    .filter((c) => rows.free[c] && missing(widths, c) > 1e-6)
    .sort((a, b) => missing(widths, a) - missing(widths, b));
  let set = widths;
  for (const column of short) set = takeFor(column, set) ?? set;
  return set;

  /** The widths with `column` raised to its head word from the others' slack, if it costs no more than allowed. */
  function takeFor(column: number, from: readonly number[]): number[] | undefined {
    const widths = [...from];
    const lines = widths.map((w, c) => rows.countLines(c, Math.max(w - marginsMm, 1)));
    const base = measureCost(lines);
    // A donor keeps its longest piece, and the head word and the longest word it holds whole.
    const floors = widths.map((w, c) => {
      const held = [needs[c]!.headWordMm, needs[c]!.wordMm].filter((need) => w >= need - 1e-6);
      return Math.max(needs[c]!.minMm, ...held);
    });
    const donors = widths.map((_, c) => c).filter((c) => c !== column && rows.donors[c]);
    let left = missing(widths, column);
    while (left > 1e-6) {
      const step = Math.min(stepMm, left);
      lines[column] = rows.countLines(column, Math.max(widths[column]! + step - marginsMm, 1));
      // The donor that costs the fewest lines, the widest of them first.
      let best: { donor: number; cost: number; lines: Int32Array } | undefined;
      for (const c of donors) {
        if (widths[c]! - step < floors[c]! - 1e-6) continue;
        const own = lines[c]!;
        lines[c] = rows.countLines(c, Math.max(widths[c]! - step - marginsMm, 1));
        const cost = measureCost(lines);
        if (
          best === undefined ||
          cost < best.cost ||
          (cost === best.cost && widths[c]! > widths[best.donor]!)
        )
          best = { donor: c, cost, lines: lines[c]! };
        lines[c] = own;
      }
      if (best === undefined) return undefined;
      lines[best.donor] = best.lines;
      widths[best.donor]! -= step;
      widths[column]! += step;
      left -= step;
    }
    // Counted whole: the head a line shorter, which pays on every page, comes with the last tenth.
    return measureCost(lines) <= base + rows.heads ? widths : undefined;
  }

  /** The table's height in lines as printed: its body once, its header on every page. */
  function measureCost(lines: readonly Int32Array[]): number {
    const body = countHeight(lines.map((l) => l.subarray(rows.headRows)));
    return body + rows.heads * countHeight(lines.map((l) => l.subarray(0, rows.headRows)));
  }
}
