import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  addRow,
  listRows,
  moveRow,
  type RoadmapRow,
  setCell,
  type TextChange,
  toYamlScalar,
} from '../../src/web/roadmap-rows.js';

const plan = `documents:
  - type: order
    id: order
  - type: roadmap # the main one
    id: map
    items:
      # first stage of work
      - activity: Подготовка
        term: 2025-10
        responsible: [ivanova, petrov]
        items:
          - activity: "Анкета: входная"
      - activity: Итоги   # keep me
        result: Отчёт
`;

const apply = (text: string, change: TextChange | { problem: string } | undefined) =>
  change && 'from' in change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;

const items = (rows: readonly RoadmapRow[] | undefined) =>
  (rows ?? []).flatMap((r) => (r.kind === 'item' ? [r] : []));

describe('the rows of a roadmap', () => {
  it('knows the lines of the plan each cell is written on, its key’s line first, as the plan’s messages number them', () => {
    const lines = plan.split('\n');
    const lineOf = (start: string) => lines.findIndex((l) => l.trimStart().startsWith(start)) + 1;
    const [first, nested, last] = items(listRows(plan, 'map'));
    expect(first!.cells.term.lines).toEqual([lineOf('term: 2025-10'), lineOf('term: 2025-10')]);
    expect(nested!.cells.activity.lines).toEqual([
      lineOf('- activity: "Анкета'),
      lineOf('- activity: "Анкета'),
    ]);
    expect(last!.cells.result.lines).toEqual([lineOf('result: Отчёт'), lineOf('result: Отчёт')]);
    expect(last!.cells.term.lines).toBeUndefined(); // not written
    // A term written over several lines: from its key to its last line.
    const spread = plan.replace('term: 2025-10', 'term:\n          from: 2025-09\n          to: 2025-12');
    const spreadLines = spread.split('\n');
    expect(items(listRows(spread, 'map'))[0]!.cells.term.lines).toEqual([
      spreadLines.findIndex((l) => l.trim() === 'term:') + 1,
      spreadLines.findIndex((l) => l.trim() === 'to: 2025-12') + 1,
    ]);
  });

  it('lists every item, nested ones too, numbered as the document numbers them, with the values a cell shows', () => {
    const rows = listRows(plan, 'map')!;
    expect(
      rows.map((r) => (r.kind === 'item' ? [r.number, r.depth, r.cells.activity.text] : r.text)),
    ).toEqual([
      ['1.', 0, 'Подготовка'],
      ['1.1', 1, 'Анкета: входная'],
      ['2.', 0, 'Итоги'],
    ]);
    expect(items(rows)[0]!.cells.responsible).toMatchObject({ text: 'ivanova, petrov', editable: true });
    // A term as the document prints it, not as the plan writes it; one value stays editable.
    expect(items(rows)[0]!.cells.term).toMatchObject({ text: 'октябрь 2025\u00A0г.', editable: true });
    expect(listRows(plan, 'order')).toBeUndefined();
  });

  it('finds a roadmap without an id by the one its tab has, its type and position («roadmap-1»)', () => {
    const unnamed = plan.replace('    id: map\n', '');
    expect(listRows(unnamed, 'map')).toBeUndefined();
    expect(listRows(unnamed, 'roadmap-1')?.map((r) => r.kind === 'item' && r.number)).toEqual([
      '1.',
      '1.1',
      '2.',
    ]);
  });

  it('shows stages as the document heads them, their items numbered after them, people by name, ranges as words', () => {
    const staged = `people:
  belova: { name: Белова Ирина Сергеевна }
documents:
  - type: roadmap
    id: map
    number_style: bare
    stages:
      - title: Подготовительный
        term: { from: 2025-09, to: 2025-12 }
        items:
          - activity: Рабочая группа
            responsible: belova
            term: { from: 2025-09, to: 2025-12 }
            items:
              - activity: Приказ
                responsible: Смирнова О.В.
      - title: Основной
        items:
          - activity: Семинар
            responsible: [belova, завуч]
`;
    const rows = listRows(staged, 'map')!;
    expect(rows.map((r) => (r.kind === 'item' ? `${r.number} ${r.cells.activity.text}` : r.text))).toEqual([
      '1. Подготовительный этап (сентябрь\u00A0– декабрь 2025\u00A0г.)',
      '1.1 Рабочая группа',
      '1.1.1 Приказ',
      '2. Основной этап',
      '2.1 Семинар',
    ]);
    const [first, second, third] = items(rows);
    expect(first!.cells.responsible).toMatchObject({ text: 'Белова И.С.', editable: true });
    expect(first!.cells.term).toMatchObject({ text: 'сентябрь\u00A0– декабрь 2025\u00A0г.', editable: true });
    expect(second!.cells.responsible.text).toBe('Смирнова О.В.');
    expect(third!.cells.responsible).toMatchObject({ text: 'Белова И.С., завуч', editable: true });
    // The index is the item's place for the edits: the stage headings are not counted.
    expect(items(rows).map((r) => r.index)).toEqual([0, 1, 2]);
    const numbered = listRows(staged.replace('number_style: bare', 'numbering: stages'), 'map')!;
    expect(items(numbered).map((r) => r.number)).toEqual(['', '', '']);
    // On across the stages, as the document numbers them: the second stage's item is the second, not the first.
    const continuous = listRows(staged.replace('number_style: bare', 'numbering: continuous'), 'map')!;
    expect(items(continuous).map((r) => r.number)).toEqual(['1.', '1.1', '2.']);
  });

  it('edits only the value’s characters, keeping comments and the rest of the text', () => {
    const edited = apply(plan, setCell(plan, 'map', 2, 'activity', 'Итоги года'));
    expect(edited).toBe(plan.replace('- activity: Итоги   # keep me', '- activity: Итоги года   # keep me'));
    const quoted = apply(plan, setCell(plan, 'map', 1, 'activity', 'Анкета: итоговая'));
    expect(parse(quoted).documents[1].items[0].items[0].activity).toBe('Анкета: итоговая');
    // A key of nobody: refused with the check's message, the text unchanged.
    expect(setCell(plan, 'map', 0, 'responsible', 'x')).toEqual({
      problem: 'в плане нет человека «x» (список people)',
    });
  });

  it('writes a term typed as the document prints it (as the cell shows it) in the plan’s form, other text as typed', () => {
    const retimed = apply(plan, setCell(plan, 'map', 0, 'term', 'ноябрь 2025\u00A0г.'));
    expect(retimed).toBe(plan.replace('term: 2025-10', 'term: "2025-11"'));
    expect(listRows(retimed, 'map')!.flatMap((r) => (r.kind === 'item' ? [r.cells.term.text] : []))[0]).toBe(
      'ноябрь 2025\u00A0г.',
    );
    const yearly = apply(plan, setCell(plan, 'map', 0, 'term', 'ежегодно'));
    expect(parse(yearly).documents[1].items[0].term).toBe('ежегодно');
  });

  it('adds a missing key as the item’s last line, and a new item at the level of the last one', () => {
    const withTerm = apply(plan, setCell(plan, 'map', 2, 'term', '2026-05'));
    expect(withTerm).toContain('        result: Отчёт\n        term: "2026-05"\n');
    // Empty, not a placeholder the document would print: the plan's check asks for the activity until it is written.
    const added = apply(plan, addRow(plan, 'map'));
    expect(added).toBe(`${plan}      - activity: ""\n`);
    expect(parse(added).documents[1].items.at(-1)).toEqual({ activity: '' });
  });
});

describe('moveRow', () => {
  it('swaps an item with its neighbour, nested items and comments travelling with their text', () => {
    const down = apply(plan, moveRow(plan, 'map', 0, 1));
    expect(down).toBe(`documents:
  - type: order
    id: order
  - type: roadmap # the main one
    id: map
    items:
      # first stage of work
      - activity: Итоги   # keep me
        result: Отчёт
      - activity: Подготовка
        term: 2025-10
        responsible: [ivanova, petrov]
        items:
          - activity: "Анкета: входная"
`);
    expect(apply(down, moveRow(down, 'map', 1, -1))).toBe(plan);
    expect(moveRow(plan, 'map', 1, 1)).toBeUndefined(); // the only nested item
    expect(moveRow(plan, 'map', 0, -1)).toBeUndefined();
  });
});

describe('terms and people of several parts', () => {
  const roadmap = `people:
  spiridonova: { name: Спиридонова Анна Владимировна }
  bushina: { name: Бушина Марина Борисовна }
documents:
  - type: roadmap
    id: map
    items:
      - activity: Подготовка # first
        term: { until: 2020-10-12 }
        responsible: [spiridonova, bushina]
      - activity: Обучение
        term:
          from: 2020-11
          to: 2021-05
        responsible: spiridonova
        result: Отчёт
`;
  const termOf = (text: string, row: number) => parse(text).documents[0].items[row].term;
  const shown = (text: string) =>
    items(listRows(text, 'map')).map((r) => r.cells.term.text.replace(/\u00A0/g, ' '));

  it('edits «до …», ranges and lists as printed, writing back the plan’s forms', () => {
    expect(shown(roadmap)).toEqual(['до 12.10.2020', 'ноябрь 2020 г. – май 2021 г.']);
    const until = apply(roadmap, setCell(roadmap, 'map', 0, 'term', 'до 15.11.2026'));
    expect(until).toBe(roadmap.replace('{ until: 2020-10-12 }', '{ until: 2026-11-15 }'));
    expect(termOf(apply(roadmap, setCell(roadmap, 'map', 0, 'term', 'до мая 2026 г.')), 0)).toEqual({
      until: '2026-05',
    });
    expect(termOf(apply(roadmap, setCell(roadmap, 'map', 0, 'term', 'с сентября 2025 г.')), 0)).toEqual({
      from: '2025-09',
    });
    // A range written over lines becomes one line, and the keys after it stay as they were.
    const range = apply(roadmap, setCell(roadmap, 'map', 1, 'term', 'сентябрь\u00A0– декабрь 2026\u00A0г.'));
    expect(range).toContain(
      '        term: { from: 2026-09, to: 2026-12 }\n        responsible: spiridonova\n',
    );
    expect(shown(range)[1]).toBe('сентябрь – декабрь 2026 г.');
    const years = apply(roadmap, setCell(roadmap, 'map', 1, 'term', '2025–2026 гг.'));
    expect(termOf(years, 1)).toEqual({ from: 2025, to: 2026 });
    const list = apply(roadmap, setCell(roadmap, 'map', 1, 'term', 'декабрь 2020 г., май 2021 г.'));
    expect(termOf(list, 1)).toEqual(['2020-12', '2021-05']);
    // A range with a date not in the calendar stays text as typed: the check names it as she wrote it.
    expect(termOf(apply(roadmap, setCell(roadmap, 'map', 1, 'term', 'до 32.05.2021')), 1)).toBe(
      'до 32.05.2021',
    );
    expect(termOf(apply(roadmap, setCell(roadmap, 'map', 1, 'term', 'по мере необходимости')), 1)).toBe(
      'по мере необходимости',
    );
  });

  it('edits several people as the document names them, writing back their keys; a name of nobody is refused', () => {
    const people = items(listRows(roadmap, 'map')).map((r) => r.cells.responsible);
    expect(people[0]).toMatchObject({ text: 'Спиридонова А.В., Бушина М.Б.', editable: true });
    const swapped = apply(
      roadmap,
      setCell(roadmap, 'map', 0, 'responsible', 'Бушина М.Б., Спиридонова А.В.'),
    );
    expect(swapped).toBe(roadmap.replace('[spiridonova, bushina]', '[bushina, spiridonova]'));
    const added = apply(
      roadmap,
      setCell(roadmap, 'map', 1, 'responsible', 'Спиридонова А.В., Бушина М. Б., Кураторы групп'),
    );
    expect(parse(added).documents[0].items[1].responsible).toEqual([
      'spiridonova',
      'bushina',
      'Кураторы групп',
    ]);
    expect(apply(roadmap, setCell(roadmap, 'map', 0, 'responsible', 'Бушина М.Б.'))).toContain(
      'responsible: bushina\n',
    );
    expect(setCell(roadmap, 'map', 0, 'responsible', 'Спиридонова А.В., Бушин М.Б.')).toEqual({
      problem: 'в плане нет человека «Бушин М.Б.» (список people); возможно, имелось в виду «Бушина М.Б.»',
      unknown: 'Бушин М.Б.', // the cell offers to add that person
    });
    // A key of nobody is refused too, with nothing to add: a key is no name.
    expect(setCell(roadmap, 'map', 0, 'responsible', 'smirnova')).toEqual({
      problem: 'в плане нет человека «smirnova» (список people)',
    });
  });
});

describe('a list whose items are parted by blank lines', () => {
  const spaced = `documents:
  - type: roadmap
    id: map
    items:
      - activity: Первое

      - activity: Второе
        result: Отчёт
`;

  it('gets a new row parted so too, and ↑ on it keeps every blank line where it was', () => {
    const added = apply(spaced, addRow(spaced, 'map'));
    expect(added).toBe(`${spaced}\n      - activity: ""\n`);
    const typed = apply(added, setCell(added, 'map', 2, 'activity', 'Третье'));
    expect(apply(typed, moveRow(typed, 'map', 2, -1))).toBe(`documents:
  - type: roadmap
    id: map
    items:
      - activity: Первое

      - activity: Третье

      - activity: Второе
        result: Отчёт
`);
  });
});

describe('toYamlScalar', () => {
  it('writes plain text plainly, and quotes what YAML would read otherwise', () => {
    expect(toYamlScalar('Семинар для педагогов')).toBe('Семинар для педагогов');
    for (const value of [
      'Итоги: выводы',
      '# не комментарий',
      'true',
      '42',
      '2025-10',
      '',
      ' отступ',
      '"кавычки"',
    ])
      expect(parse(`v: ${toYamlScalar(value)}`).v).toBe(value);
  });
});
