import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../src/model/schema.js';
import { toSetInlines } from '../../src/render/hyphenated.js';
import { measureEm } from '../../src/render/measure.js';
import { keepWordsWhole } from '../../src/render/whole-words.js';
import { makeDocument, makeSection } from './pdf/fixtures.js';

const head = (value: string) => ({
  children: [{ type: 'paragraph', style: 'tableHead', children: [{ type: 'text', value }] }],
});
const body = (value: string) => ({
  children: [{ type: 'paragraph', style: 'tableText', children: [{ type: 'text', value }] }],
});

/** A grid table whose columns are `mm` wide (fixed), a head row, a stage cell over two rows, and body rows. */
function makeTable(mm: readonly number[], heads: readonly string[], stage: string): Table {
  return {
    type: 'table',
    borders: 'grid',
    widths: mm.map((w) => ({ mm: w })),
    rows: [
      { header: true, cells: heads.map(head) },
      { cells: [{ ...body(stage), rowSpan: 2 }, body('Анкетирование педагогов'), body('Иванов И.И.')] },
      { cells: [body('Семинар для педагогов'), body('Петров П.П.')] },
    ],
  } as Table;
}

function paragraphsOf(table: Table, row: number): Paragraph[] {
  return table.rows[row]!.cells.map((cell) => cell.children[0] as Paragraph);
}

/** The table as the step returns it, and as it went in (the schema's copy of `table`). */
function run(table: Table): { input: Table; output: Table } {
  const model = makeDocument([makeSection([table], { orientation: 'landscape' })]);
  const input = model.sections[0]!.children[0] as Table;
  return { input, output: keepWordsWhole(model).sections[0]!.children[0] as Table };
}

/** A head row and one body row of the given cells, in columns of the given widths. */
function oneRow(mm: readonly number[], cells: readonly string[]): Table {
  return {
    type: 'table',
    borders: 'grid',
    widths: mm.map((w) => ({ mm: w })),
    rows: [{ header: true, cells: mm.map(() => head('№')) }, { cells: cells.map(body) }],
  } as Table;
}

describe('a table head and stage names keep their words whole (whole-words.ts)', () => {
  it('sets a head without hyphenation where the words fit and no line is added', () => {
    // «Ответственные исполнители» would fill its first line with «Ответственные исполните-»; «Этап» has nothing to
    // hyphenate and stays as it is.
    const table = run(
      makeTable(
        [40, 45, 40],
        ['Этап', 'Наименование мероприятия', 'Ответственные исполнители'],
        'Подготовительный этап',
      ),
    ).output;
    const heads = paragraphsOf(table, 0);
    expect(heads.map((p) => p.hyphenate)).toEqual([undefined, false, false]);
    expect(toSetInlines(heads[2]!)).toEqual([{ type: 'text', value: 'Ответственные исполнители' }]);
    // The stage cell (merged down) too, and body text its one line holds whole.
    expect(paragraphsOf(table, 1).map((p) => p.hyphenate)).toEqual([false, false, undefined]);
  });

  it('keeps the hyphenation points of a word wider than its cell', () => {
    // «Подготовительный» in bold is wider than 16 mm less the cell margins.
    const table = run(
      makeTable([16, 50, 40], ['Этап', 'Мероприятие', 'Ответственный'], 'Подготовительный этап'),
    ).output;
    expect(paragraphsOf(table, 1)[0]!.hyphenate).toBeUndefined();
    const [inline] = toSetInlines(paragraphsOf(table, 1)[0]!);
    expect(inline?.type === 'text' && inline.value.includes('\u00AD')).toBe(true);
  });

  it('states the fitted widths in mm when it changes a table, and leaves a table it does not change as it is', () => {
    const auto = {
      ...makeTable([30, 40, 30], ['Этап', 'Наименование мероприятия', 'Ответственные исполнители'], 'Этап 1'),
    };
    const fitted = run({ ...auto, widths: auto.widths.map(() => ({ auto: true as const })) }).output;
    expect(fitted.widths.every((w) => 'mm' in w)).toBe(true);
    // Nothing to hyphenate in the head, the body or the stage name.
    const plain = run(oneRow([30, 40], ['1.', 'май']));
    expect(plain.output).toBe(plain.input);
  });
});

describe('a table body is hyphenated only where that saves a row a line (whole-words.ts)', () => {
  const label = 'Материально-технические';
  const long =
    'Оснащение кабинета «Школа будущего первоклассника» интерактивными панелями, ноутбуками и учебным оборудованием';

  it('sets a cell whole beside a taller one, and keeps the hyphens of the tallest cell where they save a line', () => {
    // «Материально-тех-/нические» in 32 mm: unhyphenated «Материально-/технические», as many lines.
    const table = run(oneRow([32, 45], [label, long])).output;
    const [short, tall] = paragraphsOf(table, 1);
    expect(short!.hyphenate).toBe(false);
    expect(toSetInlines(short!)).toEqual([{ type: 'text', value: label }]);
    // The long text: unhyphenated it would take a line more than the row takes, so it stays hyphenated.
    expect(tall!.hyphenate).toBeUndefined();
  });

  it('gives a stage cell merged down the lines of the rows it spans', () => {
    // «1. Организационный этап (сентябрь – октябрь 2026 г.)» in 40 mm: a line more unhyphenated, which three
    // two-line rows give it; over one such row it keeps its hyphens.
    const stage = '1. Организационный этап (сентябрь – октябрь 2026 г.)';
    const activity = 'Формирование проектного офиса, распределение обязанностей';
    const spanned = (rows: number): Table =>
      ({
        type: 'table',
        borders: 'grid',
        widths: [{ mm: 40 }, { mm: 50 }],
        rows: [
          { header: true, cells: [head('Этап'), head('Мероприятие')] },
          { cells: [{ ...body(stage), rowSpan: rows }, body(activity)] },
          ...Array.from({ length: rows - 1 }, () => ({ cells: [body(activity)] })),
        ],
      }) as Table;
    expect(paragraphsOf(run(spanned(3)).output, 1)[0]!.hyphenate).toBe(false);
    expect(paragraphsOf(run(spanned(1)).output, 1)[0]!.hyphenate).toBeUndefined();
  });

  it('lets a stage name’s number end a line where only so the name fits its column whole', () => {
    // «1. Подготовительный» is one piece (a no-break space joins them): wider than the column, it was set
    // «1. Подгото-/вительный»; «1.» above «Подготовительный» whole is what a typist sets, the three lines the rows
    // the name spans give.
    const stage = '1.\u00A0Подготовительный этап';
    const mm = (text: string) => (measureEm(text, false) * 12 * 25.4) / 72;
    const margins = 3.5; // the cell's margins and the slack a word is given
    const staged = (columnMm: number): Paragraph => {
      const table = {
        type: 'table',
        borders: 'grid',
        widths: [{ mm: columnMm }, { mm: 60 }],
        rows: [
          { header: true, cells: [head('Этап'), head('Мероприятие')] },
          { cells: [{ ...body(stage), rowSpan: 3 }, body('Анкетирование педагогов')] },
          { cells: [body('Семинар для педагогов')] },
          { cells: [body('Аналитическая справка')] },
        ],
      } as Table;
      return paragraphsOf(run(table).output, 1)[0]!;
    };
    const [loose, tight] = [mm('Подготовительный'), mm('1.\u00A0Подготовительный')];
    const between = staged((loose + tight) / 2 + margins);
    expect(between).toMatchObject({ hyphenate: false, children: [{ value: '1. Подготовительный этап' }] });
    // Where the column holds both, they stay joined; where it holds neither, the name is hyphenated after «1.».
    const wide = staged(tight + margins + 1);
    expect(wide).toMatchObject({ hyphenate: false, children: [{ value: stage }] });
    const narrow = staged(loose + margins - 1);
    expect(narrow.hyphenate).toBeUndefined();
    expect(toSetInlines(narrow)).toEqual([
      { type: 'text', value: '1.\u00A0Под\u00ADго\u00ADто\u00ADви\u00ADтель\u00ADный этап' },
    ]);
  });
});
