import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModels, generate } from '../../src/generate.js';
import type { Paragraph, Table } from '../../src/model/schema.js';
import { layout } from '../../src/model/styles.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { resolveTableWidthsMm } from '../../src/render/column-widths.js';
import { measureEm } from '../../src/render/measure.js';
import { readPdf } from './pdf/fixtures.js';

const stagedPlan = new URL('./fixtures/stage-column-plan.yaml', import.meta.url);

/** The roadmap table of a plan's first document, as built. */
function roadmapOf(plan: URL): Table {
  const [built] = buildModels(parsePlan(readFileSync(plan, 'utf8'), 'plan.yaml'));
  const roadmap = built!.model.sections[0]!.children.find((b) => b.type === 'table' && b.borders === 'grid');
  if (roadmap?.type !== 'table') throw new Error('no roadmap table');
  return roadmap;
}

const text = (value: string) => ({
  children: [{ type: 'paragraph', style: 'tableText', children: [{ type: 'text', value }] }],
});
const table = (widths: Table['widths'], rows: string[][]): Table =>
  ({
    type: 'table',
    borders: 'grid',
    widths,
    rows: rows.map((cells) => ({ cells: cells.map(text) })),
  }) as Table;
const mm = (value: string) => (measureEm(value, false) * 12 * 25.4) / 72;
const auto = { auto: true } as const;

describe('resolveTableWidthsMm', () => {
  it('keeps the widths a table states (mm and fr), as the plan gives them', () => {
    expect(resolveTableWidthsMm(table([{ mm: 20 }, { fr: 1 }, { fr: 3 }], [['а', 'б', 'в']]), 180)).toEqual([
      20, 40, 120,
    ]);
  });

  it('fits auto columns to the text width, each at least its longest piece between hyphenation points', () => {
    const rows = [
      [
        '1.',
        'Организация информационного освещения мероприятий по реализации программы наставничества',
        'до 01.10.2020',
        'Спиридонова А.В.',
      ],
      ['2.', 'Формирование базы наставляемых', 'постоянно', 'Купин Ю.Н.'],
    ];
    const widths = resolveTableWidthsMm(table([auto, auto, auto, auto], rows), 170);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(170, 6);
    const margins = 2 * layout.cellPaddingXMm;
    // «Спиридонова А.В.» is one piece (a name with its initials), «01.10.2020» too: never broken between letters.
    expect(widths[3]! - margins).toBeGreaterThan(mm('Спиридонова\u00a0А.В.'));
    expect(widths[2]! - margins).toBeGreaterThan(mm('01.10.2020'));
    // The column of long texts gets the most, the number column the least.
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(Math.min(...widths)).toBe(widths[0]);
  });

  it('gives a column no more than its longest line needs, the rest to the columns of long text', () => {
    const rows = [
      ['да', 'Очень длинный текст мероприятия, которому нужна ширина, и ещё раз длинный текст мероприятия'],
    ];
    const [short, long] = resolveTableWidthsMm(table([auto, auto], rows), 170);
    expect(short).toBeLessThan(20);
    expect(long).toBeGreaterThan(150);
  });

  it('widens a narrow stage or result column to its longest word whole when another column has room to give', () => {
    const widths = resolveTableWidthsMm(roadmapOf(stagedPlan), 257);
    const margins = 2 * layout.cellPaddingXMm;
    // Hyphenated, «Подгото-вительный» and «Аналитиче-ская справка» would do; a careful typist keeps them whole.
    expect(widths[1]! - margins).toBeGreaterThan(mm('Подготовительный'));
    expect(widths[5]! - margins).toBeGreaterThan(mm('Аналитическая'));
  });

  it('gives a stage column its longest word whole at the cost of up to a line per stage name', () => {
    // Fitted without: «Аналити-/ко-кон-/цептуаль-/ный»; the table is two lines taller with the words whole, which
    // then stand unhyphenated in their cells merged down (whole-words.ts).
    const roadmap = roadmapOf(new URL('./fixtures/stage-words-plan.yaml', import.meta.url));
    // The stage names merged down: the second cell of a stage's first row (the first is its number, merged too).
    const stages = roadmap.rows.flatMap((row) =>
      row.cells.slice(1, 2).filter((cell) => (cell.rowSpan ?? 1) > 1),
    );
    expect(stages).toHaveLength(2);
    for (const stage of stages)
      expect(stage.children[0]).toMatchObject({ type: 'paragraph', hyphenate: false });
  });

  it('sets a stage name whole under its number on a line of its own where the number and the name cost too much', async () => {
    // Eight columns: «1. Подготовительный» whole would make the table more than a line per stage taller,
    // «Подготовительный» alone does not; before, «1. Подгото-/вительный».
    const plan = new URL('../golden/narrow-stage-column/plan.yaml', import.meta.url);
    const roadmap = roadmapOf(plan);
    const stageMm = resolveTableWidthsMm(roadmap, 257)[1]! - 2 * layout.cellPaddingXMm;
    expect(stageMm).toBeGreaterThan(mm('Подготовительный'));
    expect(stageMm).toBeLessThan(mm('1.\u00a0Подготовительный'));
    const [first] = roadmap.rows.flatMap((row) => row.cells.filter((cell) => (cell.rowSpan ?? 1) > 1));
    const name = first!.children[0] as Paragraph;
    expect(name.hyphenate).toBe(false);
    expect(name.children[0]).toEqual({ type: 'text', value: '1. Подготовительный' });
    const [file] = await generate(readFileSync(plan, 'utf8'), { formats: ['pdf'], createdAt: new Date(0) });
    const pieces = (await readPdf(file!.pdf!)).texts[0]!.split(/\s+/);
    expect(pieces).toContain('Подготовительный');
    expect(pieces).not.toContain('Подгото');
    // The stage name's raise took from «Ответственный» what its head word needs: the slack of two columns gives it back.
    expect(pieces).toContain('Ответственный');
  });

  it.each([
    ['chita-mentoring-roadmap', ['Сроки'], ['ализации'], 8],
    ['vologda-literacy-roadmap', ['Ответственный', 'отчетности'], ['Ответствен', 'отчетно'], 5],
  ])(
    'sets the head words of %s whole, at the cost of at most a line per page the header stands on',
    async (name, whole, broken, pages) => {
      // Before: «Сроки ре-/ализации», «Ответствен-/ный», «отчетно-/сти» at the top of every page.
      const plan = readFileSync(new URL(`../../data/${name}.yaml`, import.meta.url), 'utf8');
      const [roadmap] = await generate(plan, { formats: ['pdf'], createdAt: new Date(0) });
      const { texts } = await readPdf(roadmap!.pdf!);
      // The second page, under the header repeated, as its lines set it: a word split at a hyphen is two pieces (the
      // soft hyphen is not read).
      const pieces = texts[1]!.split(/\s+/);
      for (const word of whole) expect(pieces).toContain(word);
      for (const piece of broken) expect(pieces).not.toContain(piece);
      // The table is no longer for it: the same pages as before.
      expect(texts).toHaveLength(pages);
    },
  );
});
