import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/model/schema.js';
import { toGridRows } from '../../../src/render/docx/table-grid.js';
import { toTableGrid } from '../../../src/render/table-grid.js';

const c = (rowSpan = 1, colSpan = 1) => ({ rowSpan, colSpan, children: [] });

/** A table as wide as its first row's spans. */
function tableOf(rows: readonly Row[]) {
  const columns = (rows[0]?.cells ?? []).reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  return {
    type: 'table' as const,
    borders: 'grid' as const,
    widths: Array.from({ length: columns }, () => ({ fr: 1 })),
    rows: [...rows],
  };
}

function shape(rows: readonly Row[]): string[][] {
  return toGridRows(toTableGrid(tableOf(rows))).map((cells) =>
    cells.map((p) => `${p.kind === 'cell' ? 'c' : 'v'}${p.column}:${p.span}`),
  );
}

describe('toGridRows', () => {
  it('puts a continue cell in each covered row, in the column of the merged cell', () => {
    const rows = [{ cells: [c(), c(), c(3), c()] }, { cells: [c(), c(), c()] }, { cells: [c(), c(), c()] }];
    expect(shape(rows)).toEqual([
      ['c0:1', 'c1:1', 'c2:1', 'c3:1'],
      ['c0:1', 'c1:1', 'v2:1', 'c3:1'],
      ['c0:1', 'c1:1', 'v2:1', 'c3:1'],
    ]);
  });

  it('counts a column span when finding the column of a merged cell, and copies the span to continues', () => {
    const rows = [{ cells: [c(1, 2), c(2, 2)] }, { cells: [c(), c()] }];
    expect(shape(rows)).toEqual([
      ['c0:2', 'c2:2'],
      ['c0:1', 'c1:1', 'v2:2'],
    ]);
  });

  it('handles a merged cell in the last column and two merges that overlap in time', () => {
    const rows = [{ cells: [c(3), c(), c(2)] }, { cells: [c()] }, { cells: [c(), c()] }];
    expect(shape(rows)).toEqual([
      ['c0:1', 'c1:1', 'c2:1'],
      ['v0:1', 'c1:1', 'v2:1'],
      ['v0:1', 'c1:1', 'c2:1'],
    ]);
  });

  it('fills a short row with empty cells before a covered column, so columns stay aligned', () => {
    const rows = [{ cells: [c(), c(), c(2)] }, { cells: [c()] }];
    expect(shape(rows)).toEqual([
      ['c0:1', 'c1:1', 'c2:1'],
      ['c0:1', 'c1:1', 'v2:1'],
    ]);
  });

  it('does not change the model rows', () => {
    const rows = [{ cells: [c(2), c()] }, { cells: [c()] }];
    const before = structuredClone(rows);
    toGridRows(toTableGrid(tableOf(rows)));
    expect(rows).toEqual(before);
  });
});
