import { describe, expect, it } from 'vitest';
import type { ColumnNeeds } from '../../src/render/column-needs.js';
import { takeHeadWordSlack } from '../../src/render/head-word-slack.js';

/** A column's needs: its longest piece, its longest word and its head word (mm, margins included). */
const need = (minMm: number, wordMm: number, headWordMm: number): ColumnNeeds => ({
  minMm,
  wordMm,
  looseWordMm: wordMm,
  maxMm: 200,
  volumeMm: 100,
  headWordMm,
});

/**
 * A table of a head row and `rows` body rows whose cells take `lines(column, width)` lines: column 0 is the head
 * word's, 1 a wide column with room to give, 2 a narrow one each tenth of a millimetre of which is a line.
 */
function countLinesOf(rows: number, lines: (column: number, innerMm: number) => [number, number]) {
  return (column: number, innerMm: number) => {
    const [head, body] = lines(column, Math.round(innerMm * 10) / 10);
    return Int32Array.from({ length: rows + 1 }, (_, r) => (r === 0 ? head : body));
  };
}

describe('takeHeadWordSlack', () => {
  const needs = [need(20, 30, 30), need(20, 30, 20), need(20, 20, 20)];
  const rows = (lines: (column: number, innerMm: number) => [number, number], heads = 1) => ({
    countLines: countLinesOf(4, lines),
    free: [true, true, true],
    donors: [true, true, true],
    headRows: 1,
    heads,
  });

  it('gives a head word the width it lacks from the widest column, where that costs no line', () => {
    // Column 0 at 29.4 mm: its head word needs 30 and takes two lines short of it; column 1 keeps its lines down to 40.
    const lines = (c: number, inner: number): [number, number] =>
      c === 0 ? [inner >= 27 ? 1 : 2, 2] : c === 1 ? [1, inner >= 37 ? 2 : 3] : [1, 2];
    const widths = takeHeadWordSlack([29.4, 50, 25], needs, 3, rows(lines));
    expect(widths[0]).toBeCloseTo(30, 6);
    expect(widths[1]).toBeCloseTo(49.4, 6);
    expect(widths[2]).toBe(25);
  });

  it('takes from a column only down to the words it holds whole', () => {
    // Column 1 holds its longest word (30 mm) at 30.3 mm: it gives 0.3 and no more; column 2 has nothing to give.
    const lines = (c: number, inner: number): [number, number] =>
      c === 0 ? [inner >= 27 ? 1 : 2, 2] : [1, 2];
    expect(takeHeadWordSlack([29.4, 30.3, 20], needs, 3, rows(lines))).toEqual([29.4, 30.3, 20]);
    const given = takeHeadWordSlack([29.6, 30.5, 20], needs, 3, rows(lines));
    expect(given.map((w) => Math.round(w * 10) / 10)).toEqual([30, 30.1, 20]);
  });

  it('pays up to a line per page the header stands on, and keeps the widths when the word costs more', () => {
    // Column 1 at 50 mm gives 0.2 mm for free, the rest makes each of the four rows a line taller; column 2 holds its
    // longest word and gives nothing.
    const lines = (c: number, inner: number): [number, number] =>
      c === 0 ? [inner >= 27 ? 1 : 2, 2] : c === 1 ? [1, inner >= 46.8 ? 2 : 3] : [1, 2];
    // The head a line shorter saves a line a page: on two pages the four lines cost two more, which is allowed…
    const paid = takeHeadWordSlack([29.4, 50, 20], needs, 3, rows(lines, 2));
    expect(paid.map((w) => Math.round(w * 10) / 10)).toEqual([30, 49.4, 20]);
    // …on one page, three more: too many for a head word.
    expect(takeHeadWordSlack([29.4, 50, 20], needs, 3, rows(lines, 1))).toEqual([29.4, 50, 20]);
  });
});
