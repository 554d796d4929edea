import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/schema.js';
import { estimatePageHeads } from '../../src/render/page-heads.js';

const table = { type: 'table', borders: 'grid', widths: [{ auto: true }], rows: [] } as unknown as Table;

describe('estimatePageHeads', () => {
  it('counts the pages a table’s rows fill, each with the header on top, at least one', () => {
    expect(estimatePageHeads(table, 0, 0, 257)).toBe(1);
    // A line of 12 pt text is about 4.9 mm: 34 lines and their rules fill a landscape page (170 mm of text)…
    expect(estimatePageHeads(table, 30, 10, 257)).toBe(1);
    expect(estimatePageHeads(table, 40, 10, 257)).toBe(2);
    // …and not a portrait one (257 mm), the page of a table 170 mm wide.
    expect(estimatePageHeads(table, 40, 10, 170)).toBe(1);
    expect(estimatePageHeads(table, 200, 60, 257)).toBe(7);
  });

  it('counts smaller text as shorter lines', () => {
    expect(estimatePageHeads(table, 38, 10, 257)).toBe(2);
    expect(estimatePageHeads({ ...table, sizePt: 10 }, 38, 10, 257)).toBe(1);
  });
});
