import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import type { Table } from '../../../src/model/schema.js';
import type { RowBox } from '../../../src/render/lone-lines.js';
import { isolateTallRowsMovedWhole } from '../../../src/render/pdf/tall-row-cuts.js';
import { cell, makeSection, readPdf } from './fixtures.js';

const page = 500;

/** A header row and six body rows; the stage column merges rows 1–6. */
function makeTable(extra: Record<number, Record<string, unknown>> = {}): Table {
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 20 }, { mm: 30 }, { fr: 1 }],
    rows: [
      { header: true, cells: [cell('№'), cell('Этап'), cell('Мероприятие')] },
      ...Array.from({ length: 6 }, (_, i) => ({
        ...extra[i + 1],
        cells: [cell(`1.${i + 1}`), ...(i === 0 ? [cell('Этап', { rowSpan: 6 })] : []), cell('Текст')],
      })),
    ],
  };
}

/** Rows 1–2 on page 0, rows 3–4 on page 1 (`usedPt` of it), row 5 (tall) moved to page 2, row 6 after it. */
function makeBoxes(usedPt: number, tallPt = 150): RowBox[] {
  const header = { startPage: 0, endPage: 0, heightPt: 30 };
  const on = (p: number, heightPt: number) => ({ startPage: p, endPage: p, heightPt });
  return [header, on(0, 200), on(0, 200), on(1, usedPt / 2), on(1, usedPt / 2), on(2, tallPt), on(2, 40)];
}

function isolate(table: Table, boxes: RowBox[]) {
  const section = makeSection([table]);
  return isolateTallRowsMovedWhole(section, new Map([[0, [3, 5]]]), new Map([[0, boxes]]), page);
}

describe('a tall row under a merge moved whole onto the next page (tall-row-cuts.ts)', () => {
  it('is set apart to break when it left the page above more than a tenth empty', () => {
    // Page 1: 30 pt of header and 300 pt of rows of 500: 34 % empty.
    expect([...isolate(makeTable(), makeBoxes(300))]).toEqual([[0, [3, 5, 6]]]);
  });

  it('stays as it is when the page above is nearly full', () => {
    const cuts = new Map([[0, [3, 5]]]);
    const section = makeSection([makeTable()]);
    expect(isolateTallRowsMovedWhole(section, cuts, new Map([[0, makeBoxes(440)]]), page)).toBe(cuts);
  });

  it('leaves a short row whole: only a row taller than a fifth of the page may break', () => {
    expect([...isolate(makeTable(), makeBoxes(300, 80))]).toEqual([[0, [3, 5]]]);
  });

  it('leaves a row that pagination keeps whole or holds at a height', () => {
    expect([...isolate(makeTable({ 5: { whole: true } }), makeBoxes(300))]).toEqual([[0, [3, 5]]]);
    expect([...isolate(makeTable({ 5: { minHeightPt: 150 } }), makeBoxes(300))]).toEqual([[0, [3, 5]]]);
  });
});

describe('a long roadmap with a stage column (a trial plan of 66 activities)', () => {
  it('breaks its tall rows where moving them would leave pages emptier: 22 pages where rows moved whole took 24', async () => {
    const file = join(import.meta.dirname, '../../golden/long-stage-column/plan.yaml');
    const [doc] = await generate(readFileSync(file, 'utf8'), { file, formats: ['pdf'] });
    const { items } = await readPdf(doc!.pdf!);
    expect(items.length).toBeLessThanOrEqual(22);
    // Every activity is there, in order, once.
    const numbers = items
      .flat()
      .flatMap((item) => (/^\d\.\d+$/.test(item.str) && item.x < 80 ? [item.str] : []));
    expect(numbers).toHaveLength(66);
    expect(numbers.slice(0, 3)).toEqual(['1.1', '1.2', '1.3']);
    // A row broken below rows of its stage joins their stage cell (split-merges.ts): no stage is named twice on a
    // page, and every page that shows rows of a stage names it.
    const stageStart = /^(\d)\. [А-Я]/;
    items.forEach((page, p) => {
      const named = page.flatMap((item) => stageStart.exec(item.str)?.[1] ?? []);
      expect(new Set(named).size, `стр. ${p + 1}: ${named.join(', ')}`).toBe(named.length);
      const shown = new Set(page.flatMap((item) => (/^\d\.\d+$/.test(item.str) ? [item.str[0]] : [])));
      for (const stage of shown) expect(named, `стр. ${p + 1}, этап ${stage}`).toContain(stage);
    });
  }, 120_000);
});
