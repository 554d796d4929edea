import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import type { Table } from '../../../src/model/schema.js';
import { toTableGrid } from '../../../src/render/table-grid.js';
import { cell } from './fixtures.js';

function layoutOf(rows: Table['rows'], columns = 3): string[] {
  const table: Table = { type: 'table', borders: 'grid', widths: Array(columns).fill({ fr: 1 }), rows };
  return toTableGrid(table).map((row) =>
    row.map((p) => (p === 'covered' ? '·' : `${p.column}:${p.colSpan}x${p.rowSpan}`)).join(' '),
  );
}

describe('toTableGrid', () => {
  it('places cells after the positions covered by spans from the left and from above', () => {
    expect(
      layoutOf([
        { cells: [cell('a', { rowSpan: 2 }), cell('b', { colSpan: 2 })] },
        { cells: [cell('c'), cell('d')] },
        { cells: [cell('e'), cell('f'), cell('g')] },
      ]),
    ).toEqual(['0:1x2 1:2x1 ·', '· 1:1x1 2:1x1', '0:1x1 1:1x1 2:1x1']);
  });

  it('clamps spans to the grid and pads short rows with empty cells', () => {
    expect(
      layoutOf([
        { cells: [cell('a', { colSpan: 5 })] },
        { cells: [cell('b', { rowSpan: 9 })] },
        { cells: [] },
      ]),
    ).toEqual(['0:3x1 · ·', '0:1x2 1:1x1 2:1x1', '· 1:1x1 2:1x1']);
  });

  it('stops a colSpan at a column covered from above', () => {
    expect(
      layoutOf([
        { cells: [cell('a'), cell('b'), cell('c', { rowSpan: 2 })] },
        { cells: [cell('d', { colSpan: 3 })] },
      ]),
    ).toEqual(['0:1x1 1:1x1 2:1x2', '0:2x1 · ·']);
  });

  it('rejects a row with more cells than columns', () => {
    expect(() => layoutOf([{ cells: [cell('a'), cell('b'), cell('c'), cell('d')] }])).toThrow(UserError);
  });
});
