import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHeight, rankRows } from '../../src/render/row-lines.js';

/** Columns of lines per row: 1–9 columns of the same number of rows, 0–6 lines a cell (0: an empty cell). */
const columnsArb = fc
  .record({ columns: fc.integer({ min: 1, max: 9 }), rows: fc.integer({ min: 0, max: 30 }) })
  .chain(({ columns, rows }) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: rows, maxLength: rows }), {
      minLength: columns,
      maxLength: columns,
    }),
  )
  .map((columns) => columns.map((lines) => Int32Array.from(lines)));

describe('countHeight', () => {
  it('adds up each row at its tallest cell', () => {
    const columns = [Int32Array.from([1, 3, 0]), Int32Array.from([2, 1, 0]), Int32Array.from([1, 1, 4])];
    expect(countHeight(columns)).toBe(2 + 3 + 4);
    expect(countHeight([])).toBe(0);
  });
});

describe('rankRows', () => {
  it('gives the height with two columns at other widths as countHeight of the table so changed', () => {
    const caseArb = columnsArb.chain((columns) =>
      fc.record({
        columns: fc.constant(columns),
        a: fc.nat(columns.length - 1),
        b: fc.nat(columns.length - 1),
        linesA: fc.array(fc.integer({ min: 0, max: 6 }), {
          minLength: columns[0]!.length,
          maxLength: columns[0]!.length,
        }),
        linesB: fc.array(fc.integer({ min: 0, max: 6 }), {
          minLength: columns[0]!.length,
          maxLength: columns[0]!.length,
        }),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ columns, a, b, linesA, linesB }) => {
        fc.pre(a !== b);
        const changed = columns.map((lines, c) =>
          c === a ? Int32Array.from(linesA) : c === b ? Int32Array.from(linesB) : lines,
        );
        const ranked = rankRows(columns);
        expect(ranked.heightWith(a, changed[a]!, b, changed[b]!)).toBe(countHeight(changed));
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });

  it('finds the tallest of the other cells when the two changed columns hold a row’s tallest, ties included', () => {
    const columns = [Int32Array.from([5]), Int32Array.from([5]), Int32Array.from([3]), Int32Array.from([1])];
    const ranked = rankRows(columns);
    expect(ranked.heightWith(0, Int32Array.from([1]), 1, Int32Array.from([2]))).toBe(3);
    expect(ranked.heightWith(0, Int32Array.from([1]), 2, Int32Array.from([2]))).toBe(5);
    expect(ranked.heightWith(2, Int32Array.from([6]), 3, Int32Array.from([0]))).toBe(6);
  });
});
