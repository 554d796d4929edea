import { describe, expect, it } from 'vitest';
import { toPlanWidths } from '../../../src/import/recognise/table-widths.js';

describe('a plain table’s column widths, read back for the plan (table-widths.ts)', () => {
  it('gives none for equal columns, the plan’s default', () => {
    expect(toPlanWidths([3643, 3642, 3643, 3642], 4)).toBeUndefined();
  });

  it('gives small numbers when the widths are in a simple ratio, as a plan wrote them', () => {
    // «widths: [2, 1.5, 4, 4]» on a landscape page: 2534, 1900, 5068, 5068 twips.
    expect(toPlanWidths([2534, 1900, 5068, 5068], 4)).toEqual([4, 3, 8, 8]);
    expect(toPlanWidths([3643, 10927], 2)).toEqual([1, 3]);
  });

  it('gives millimetres to a tenth for widths in no simple ratio (a table fitted to its text)', () => {
    expect(toPlanWidths([440, 2560, 4486, 2845], 4)).toEqual([7.8, 45.2, 79.1, 50.2]);
  });

  it('gives none when the grid does not match the columns read', () => {
    expect(toPlanWidths([1000, 2000], 3)).toBeUndefined();
    expect(toPlanWidths([], 3)).toBeUndefined();
  });
});
