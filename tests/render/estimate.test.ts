import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import type { Block } from '../../src/model/schema.js';
import { layout, styles } from '../../src/model/styles.js';
import { boundBlocksHeightPt, estimateBlocksHeightPt } from '../../src/render/estimate.js';
import { lineHeightEm } from '../../src/render/measure.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, para, readPdf } from './pdf/fixtures.js';

/** Lines the estimate counts for a paragraph of table text (12 pt, no spacing before or after). */
function estimateLines(value: string, widthMm: number): number {
  const spec = styles.tableText;
  const height = estimateBlocksHeightPt([para(value, 'tableText')], widthMm);
  return (height - spec.spaceBeforePt - spec.spaceAfterPt) / (spec.sizePt * lineHeightEm());
}

/** The lines pdfmake sets for `value` alone in a table column `columnMm` wide (text items left of the next column). */
async function countPdfLines(value: string, columnMm: number): Promise<number> {
  const table = {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: columnMm }, { fr: 1 }],
    rows: [{ cells: [cell(value), cell('Соседний столбец')] }],
  } as Block;
  const { items } = await readPdf(await renderPdf(makeDocument([makeSection([table])])));
  const rightEdgePt = ((30 + columnMm) * 72) / 25.4;
  const ys = new Set(
    items
      .flat()
      .filter((item) => item.x < rightEdgePt && item.str.trim() !== '')
      .map((i) => i.y),
  );
  return ys.size;
}

describe('estimateBlocksHeightPt', () => {
  it.each([
    ['one long word in a 7 mm column', 'Подготовительный', 7],
    ['long words in a 9 mm column', 'Длинный текст пункта номер один для узкого столбца', 9],
    ['short words that fit in a 30 mm column', 'Срок и ответственный за результат этапа', 30],
  ])('counts at least as many lines as pdfmake sets: %s', async (_, value, columnMm) => {
    const innerMm = columnMm - 2 * layout.cellPaddingXMm;
    expect(estimateLines(value, innerMm)).toBeGreaterThanOrEqual(await countPdfLines(value, columnMm));
  });
});

/** An 8-column portrait roadmap: the budget column is a few characters wide, its words break between letters. */
const narrowColumnPlan = `organization: { name: Колледж }
documents:
  - type: roadmap
    title: План
    orientation: portrait
    approval: { council: педагогического совета колледжа, protocol: { date: 2030-01-01, number: "1" } }
    stages:
      - title: Подготовительный
        items:
          - activity: Мероприятие
            budget: { numbered: [Длинный текст пункта номер один для узкого столбца, Ещё один длинный текст пункта для узкого столбца] }
    columns: [activity, number, term, evidence, responsible, report, { key: x, title: Х }, { key: budget, title: Бюджет }]
    column_titles: { number: Номер пункта по порядку в плане мероприятий }
`;

describe('a row that only looks short (words broken between letters)', () => {
  it('is not lost in the PDF: the item and its whole list are printed', async () => {
    const [doc] = await generate(narrowColumnPlan, { formats: ['pdf'], createdAt: new Date(0) });
    const pages = (await readPdf(doc?.pdf ?? new Uint8Array())).texts.map((page) => page.replace(/\s+/g, ''));
    // The repeated header (as page 1 prints it, between the title and the stage) and page numbers «2», «3»… go.
    const header = /План(.*)1\.Подготовительныйэтап/.exec(pages[0] ?? '')?.[1] ?? '';
    expect(header).toContain('Бюджет');
    const printed = pages
      .map((page, i) => (i === 0 ? page : page.replace(String(i + 1), '').replace(header, '')))
      .join('');
    // Text is read in drawing order, cell by cell, so a word broken over lines reads whole without spaces.
    for (const value of [
      'Мероприятие',
      '1.Длинныйтекстпунктаномеродиндляузкогостолбца',
      '2.Ещёодиндлинныйтекстпунктадляузкогостолбца',
    ]) {
      expect(printed).toContain(value);
    }
  });
});

describe('boundBlocksHeightPt', () => {
  const words = [
    'и',
    'в',
    'для',
    'проекта',
    'Подготовительный',
    'организационно-методического',
    'ГБПОУ',
    'мероприятий',
  ];
  /** Deterministic pseudo-random texts: short and long words, hyphenated ones, line breaks. */
  function makeText(seed: number): string {
    let x = seed;
    const next = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x;
    };
    const count = 1 + (next() % 40);
    return Array.from({ length: count }, () => words[next() % words.length]).join(' ');
  }

  it('is never below the estimate, so a row it lets pass could not have been a breakable one', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const widthMm = 4 + (seed % 60);
      for (const style of ['tableText', 'stageRow'] as const) {
        const blocks = [para(makeText(seed), style), para(makeText(seed + 7), style)];
        expect(boundBlocksHeightPt(blocks, widthMm)).toBeGreaterThanOrEqual(
          estimateBlocksHeightPt(blocks, widthMm),
        );
      }
    }
  });

  it('stays within 1.6 times the estimate of a long cell (it spares the estimate of most cells)', () => {
    const blocks = [para(Array.from({ length: 12 }, (_, i) => makeText(i + 1)).join(' '), 'tableText')];
    const estimate = estimateBlocksHeightPt(blocks, 40);
    expect(boundBlocksHeightPt(blocks, 40)).toBeLessThanOrEqual(1.6 * estimate);
  });
});
