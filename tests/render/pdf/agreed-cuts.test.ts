import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row, Table } from '../../../src/model/schema.js';
import { mmToPt } from '../../../src/model/units.js';
import { holdRowsAboveExtraCuts } from '../../../src/render/pdf/agreed-cuts.js';
import { createPdfRenderer } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, para, readPdf } from './fixtures.js';

describe('holdRowsAboveExtraCuts', () => {
  const box = (heightPt: number, page = 0) => ({ startPage: page, endPage: page, heightPt });

  it('holds the rows from the merge or page start above a cut no page starts at, at their heights in twips', () => {
    // Rows 1–5: one stage merged down; the layout was cut at 3 and 5, and its pages started at 1 and 5 only.
    const table = makeStageTable([{ stageWords: 4, items: [1, 1, 1, 1, 1] }]);
    const boxes = new Map([[0, [box(20), box(40.01), box(30), box(12), box(12), box(12, 1)]]]);
    const held = holdRowsAboveExtraCuts(
      makeSection([table]),
      new Map([[0, [3, 5]]]),
      new Map([[0, [5]]]),
      boxes,
    );
    expect(held).toEqual(
      new Map([
        [
          0,
          new Map([
            [1, { minHeightPt: 40.05 }],
            [2, { minHeightPt: 30 }],
          ]),
        ],
      ]),
    );
  });

  it('holds nothing when every cut starts a page, and never a row broken across pages', () => {
    const table = makeStageTable([{ stageWords: 4, items: [1, 1, 1] }]);
    const section = makeSection([table]);
    const boxes = new Map([[0, [box(20), { startPage: 0, endPage: 1, heightPt: 0 }, box(30), box(12)]]]);
    expect(holdRowsAboveExtraCuts(section, new Map([[0, [3]]]), new Map([[0, [3]]]), boxes).size).toBe(0);
    expect(holdRowsAboveExtraCuts(section, new Map([[0, [2]]]), new Map(), boxes).size).toBe(0);
  });
});

/** A line of a cell: a few words, so that the narrow stage column wraps and hyphenates as a roadmap's does. */
const words = [
  'Подготовительный',
  'этап',
  'внедрения',
  '(сентябрь',
  '–',
  'декабрь',
  '2025 г.)',
  'сетевых',
  'практик',
];
const text = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');

/** A roadmap table: stages of `items` rows each, the stage name `stageWords` long merged down beside its items. */
function makeStageTable(stages: readonly { stageWords: number; items: readonly number[] }[]): Table {
  const head = (v: string) => ({ children: [para(v, 'tableHead')] });
  const rows: Row[] = [{ header: true, cells: ['№', 'Этап', 'Мероприятие', 'Срок'].map(head) } as Row];
  stages.forEach(({ stageWords, items }, s) => {
    items.forEach((lines, i) => {
      const number = cell(`${s + 1}.${i + 1}`);
      const activity = { children: Array.from({ length: lines }, (_, k) => para(text(3 + k), 'tableText')) };
      const stage = cell(`${s + 1}. ${text(stageWords)}`, { rowSpan: items.length });
      rows.push({
        cells: i === 0 ? [number, stage, activity, cell('май')] : [number, activity, cell('май')],
      } as Row);
    });
  });
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 14 }, { mm: 28 }, { fr: 1 }, { mm: 25 }],
    rows,
  } as Table;
}

/** The right edge of the number column: the left margin of a portrait page, 30 mm, and the column's 14 mm. */
const numberColumnEndPt = mmToPt(30 + 14);

describe('a stage column laid out over pages (paginate.ts with agreed-cuts.ts)', () => {
  it('begins every page with a stage cell of its own, whatever the stage names and rows', async () => {
    const stage = fc.record({
      stageWords: fc.integer({ min: 1, max: 14 }),
      items: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(stage, { minLength: 3, maxLength: 8 }), async (stages) => {
        const render = createPdfRenderer();
        const doc = await render.paginate(makeDocument([makeSection([makeStageTable(stages)])]));
        const table = doc.sections[0]!.children[0] as Table;
        // A row with a stage cell of its own has all four cells; one under a merge, three.
        const ownStage = new Map(
          table.rows
            .slice(1)
            .map((row) => [
              JSON.stringify(row.cells[0]).match(/"value":"([\d.]+)"/)![1]!,
              row.cells.length === 4,
            ]),
        );
        const { items } = await readPdf(await render(doc));
        const numbers = items.map((page) =>
          page.filter((item) => /^\d+\.\d+$/.test(item.str) && item.x < numberColumnEndPt),
        );
        for (const [p, page] of numbers.entries())
          if (page[0]) expect(ownStage.get(page[0].str), `page ${p + 1}, row ${page[0].str}`).toBe(true);
        // Nor is a stage name repeated anywhere else than at a stage, a page, or a row a page breaks (the last of
        // its page): the merges are not simply undone.
        const allowed = new Set(numbers.flatMap((page) => [page[0]?.str, page.at(-1)?.str]));
        const repeated = [...ownStage].filter(([n, own]) => own && !n.endsWith('.1') && !allowed.has(n));
        expect(repeated).toEqual([]);
      }),
      { numRuns: 25, seed: 20261206 },
    );
  }, 300_000);
});
