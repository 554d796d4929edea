import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import type { Schedule } from '../../../src/kinds/schedule/schema.js';
import { activityFill, stageFill, toScheduleView } from '../../../src/kinds/schedule/view.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { createContext } from '../../../src/resolve/context.js';

/** A plan of one roadmap and its plan-graph; `period` and the roadmap's own keys are the test's. */
function viewOf(period: string, roadmap: string, schedule = '') {
  const plan = parsePlan(
    `organization: { name: Колледж }
project: { period: ${period} }
documents:
  - type: roadmap
    id: rm
    title: Дорожная карта
${roadmap}
  - type: schedule
    title: Календарный план-график
    roadmap: rm
${schedule}`,
    'plan.yaml',
  );
  return toScheduleView(plan.documents[1] as Schedule, createContext(plan));
}

/** The shaded columns of each row by their labels: «2025-09 2025-10» … */
function shadedOf(view: ReturnType<typeof viewOf>): Record<string, string[]> {
  const years = view.groups.flatMap((g) => Array.from({ length: g.span }, () => g.label));
  return Object.fromEntries(
    view.rows.map((row) => [
      `${row.number} ${row.activity.text ?? ''}`.trim(),
      row.cells.flatMap((c, i) => (c.fill ? [`${years[i]}/${view.labels[i]}`] : [])),
    ]),
  );
}

const academicYear = '{ from: 2025-09, to: 2026-06 }';

describe('calendar plan-graph: which months a term shades', () => {
  it('shades a range across the new year, a single date’s month and a month', () => {
    const view = viewOf(
      academicYear,
      `    items:
      - { activity: Семинар, term: { from: 2025-11, to: 2026-02 } }
      - { activity: Педсовет, term: 2026-03-27 }
      - { activity: Отчёт, term: 2026-06 }`,
    );
    expect(view.labels).toEqual(['сен', 'окт', 'ноя', 'дек', 'янв', 'фев', 'мар', 'апр', 'май', 'июн']);
    expect(view.groups).toEqual([
      { label: '2025\u00A0г.', span: 4 },
      { label: '2026\u00A0г.', span: 6 },
    ]);
    expect(shadedOf(view)).toEqual({
      '1. Семинар': ['2025\u00A0г./ноя', '2025\u00A0г./дек', '2026\u00A0г./янв', '2026\u00A0г./фев'],
      '2. Педсовет': ['2026\u00A0г./мар'],
      '3. Отчёт': ['2026\u00A0г./июн'],
    });
  });

  it('shades a word term over its stage’s term and names it in the note; outside stages over the project', () => {
    const view = viewOf(
      academicYear,
      `    stages:
      - title: Основной
        term: { from: 2025-10, to: 2026-04 }
        items:
          - { activity: Консультации, term: постоянно }
          - { activity: Мониторинг, term: [2025-12, по запросу] }
      - title: Итоговый
        items:
          - { activity: Публикации, term: ежегодно }`,
    );
    const shaded = shadedOf(view);
    expect(shaded['1.1 Консультации']).toHaveLength(7); // октябрь – апрель, the stage's term
    expect(shaded['1.1 Консультации']?.[0]).toBe('2025\u00A0г./окт');
    expect(shaded['1.2 Мониторинг']).toEqual(['2025\u00A0г./дек']); // the date shaded, the words only named
    expect(shaded['2.1 Публикации']).toHaveLength(10); // a stage without a term: the whole project
    expect(view.notes).toEqual([
      'Примечание. Сроки, указанные словами, закрашены на весь срок этапа (вне этапов\u00A0– на весь срок проекта): 1.1\u00A0– постоянно; 1.2\u00A0– по\u00A0запросу (закрашены только даты); 2.1\u00A0– ежегодно.',
    ]);
  });

  it('names a row in the note with its stage number when the roadmap restarts numbers in each stage', () => {
    const view = viewOf(
      academicYear,
      `    stage_layout: column
    numbering: restart
    stages:
      - { title: Первый, items: [{ activity: А, term: 2025-09 }] }
      - { title: Второй, items: [{ activity: Б, term: 2025-10 }, { activity: В, term: постоянно }] }`,
    );
    expect(view.notes[0]).toMatch(/: 2\.2\u00A0– постоянно\.$/);
  });

  it('keeps stage rows, shaded darker over the stage’s term or, without one, over its activities', () => {
    const view = viewOf(
      academicYear,
      `    stages:
      - title: Подготовительный
        term: { from: 2025-09, to: 2025-10 }
        items: [{ activity: Приказ, term: 2025-09-15 }]
      - title: Основной
        items:
          - { activity: Стажировки, term: { from: 2025-11, to: 2025-12 } }
          - { activity: Итоги, term: 2026-03 }`,
    );
    expect(view.rows.map((r) => [r.stage, r.number, r.activity.text])).toEqual([
      [true, '1.', 'Подготовительный этап'],
      [false, '1.1', 'Приказ'],
      [true, '2.', 'Основной этап'],
      [false, '2.1', 'Стажировки'],
      [false, '2.2', 'Итоги'],
    ]);
    const fills = (r: number) => view.rows[r]!.cells.map((c) => c.fill);
    expect(fills(0).slice(0, 3)).toEqual([stageFill, stageFill, null]);
    expect(fills(1).slice(0, 2)).toEqual([activityFill, null]);
    expect(fills(2).flatMap((f, i) => (f ? [view.labels[i]] : []))).toEqual(['ноя', 'дек', 'мар']);
    expect(view.legend).toBe(
      'Закрашены месяцы, на которые приходятся сроки: тёмным\u00A0– этапов, светлым\u00A0– мероприятий.',
    );
  });

  it('reads «до …» as the deadline’s month and «с …» as from then to the end of the stage', () => {
    const view = viewOf(
      academicYear,
      `    stages:
      - title: Основной
        term: { from: 2025-09, to: 2025-12 }
        items:
          - { activity: Положение, term: { until: 2025-10-12 } }
          - { activity: Кружки, term: { from: 2025-11 } }
          - { activity: Прочее }`,
    );
    const shaded = shadedOf(view);
    expect(shaded['1.1 Положение']).toEqual(['2025\u00A0г./окт']);
    expect(shaded['1.2 Кружки']).toEqual(['2025\u00A0г./ноя', '2025\u00A0г./дек']);
    expect(shaded['1.3 Прочее']).toEqual([]);
    expect(view.notes).toEqual([]);
  });

  it('numbers as the roadmap does: only stages when numbering is stages', () => {
    const view = viewOf(
      academicYear,
      `    numbering: stages
    stages:
      - { title: Первый этап, items: [{ activity: А, term: 2025-09 }, { activity: Б, term: 2025-10 }] }`,
    );
    expect(view.rows.map((r) => r.number)).toEqual(['1.', '', '']);
  });

  it.each([
    ['rows', '', ['1.', '1.1', '1.2', '2.', '2.1']],
    ['column', '', ['1.', '1.1', '1.2', '2.', '2.1']],
    ['column', '    numbering: restart\n', ['1.', '1.1', '1.2', '2.', '2.1']],
    ['rows', '    numbering: continuous\n', ['1.', '1.', '2.', '2.', '3.']],
  ])(
    'numbers as the roadmap does (restarted numbers under the stage number) with stage_layout: %s %s',
    (layout, numbering, numbers) => {
      const view = viewOf(
        academicYear,
        `    stage_layout: ${layout}
${numbering}    stages:
      - { title: Первый, items: [{ activity: А, term: 2025-09 }, { activity: Б, term: 2025-10 }] }
      - { title: Второй, items: [{ activity: В, term: 2025-11 }] }`,
      );
      expect(view.rows.map((r) => r.number)).toEqual(numbers);
    },
  );
});

describe('calendar plan-graph: columns', () => {
  it('writes month numbers when month names do not fit: 18 months on a landscape page', () => {
    const view = viewOf('{ from: 2018-03, to: 2019-08 }', '    items: [{ activity: А, term: 2018-03 }]');
    expect(view.labels.slice(0, 3)).toEqual(['3', '4', '5']);
    expect(view.widths.split(' ')).toEqual(['auto', 'auto', ...Array.from({ length: 18 }, () => '8.1mm')]);
  });

  it('turns to quarters over 24 months, under the years', () => {
    const view = viewOf(
      '{ from: 2024-09, to: 2027-06 }',
      '    items: [{ activity: Сетевой семинар, term: { from: 2025-12, to: 2026-02 } }]',
    );
    expect(view.labels).toEqual(['III', 'IV', 'I', 'II', 'III', 'IV', 'I', 'II', 'III', 'IV', 'I', 'II']);
    expect(view.groups.map((g) => [g.label, g.span])).toEqual([
      ['2024\u00A0г.', 2],
      ['2025\u00A0г.', 4],
      ['2026\u00A0г.', 4],
      ['2027\u00A0г.', 2],
    ]);
    expect(shadedOf(view)['1. Сетевой семинар']).toEqual(['2025\u00A0г./IV', '2026\u00A0г./I']);
  });

  it('takes the scale the plan asks for', () => {
    const view = viewOf(
      '{ from: 2025-09, to: 2027-06 }',
      '    items: [{ activity: А, term: 2026 }]',
      '    scale: years',
    );
    expect(view.groups).toEqual([{ label: 'Годы', span: 3 }]);
    expect(view.labels).toEqual(['2025', '2026', '2027']);
    expect(shadedOf(view)['1. А']).toEqual(['Годы/2026']);
  });
});

/** A calendar plan with a stage column and the plan-graph made from it, as a РИП package has them. */
const calendarPackage = (stageWord: string) => `organization: { name: Колледж }
project: { period: { from: 2026-01, to: 2026-12 } }
documents:
  - type: document
    id: calendar
    title: Календарный план
    body:
      - roadmap:
          stage_layout: column
          columns: [number, stage, activity, term]
${stageWord}          stages:
            - title: Подготовительный
              term: { from: 2026-01, to: 2026-05 }
              items: [{ activity: Создание рабочей группы, term: 2026-01 }]
            - title: Основной (внедренческий)
              items: [{ activity: Апробация, term: 2026-09 }]
  - type: schedule
    title: Календарный план-график
    roadmap: calendar
`;

/** The text of each table cell of a DOCX body (a run broken at a hyphenation point joined back), lines by spaces. */
async function cellTextsOf(source: string): Promise<string[][]> {
  const documents = await generate(source, { createdAt: new Date(0), formats: ['docx'] });
  return documents.map((d) =>
    strFromU8(unzipSync(d.docx!)['word/document.xml']!)
      .split('</w:tc>')
      .map((cell) =>
        [...cell.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? ' ').join(''),
      )
      .map((text) => text.replaceAll('\u00A0', ' ')),
  );
}

describe('a stage of the calendar plan and of its plan-graph', () => {
  it('reads the same in both: «Подготовительный этап» in the stage column and in the plan-graph row', async () => {
    const [calendar, graph] = await cellTextsOf(calendarPackage(''));
    expect(calendar).toContain('1. Подготовительный этап (январь – май 2026 г.)');
    expect(calendar).toContain('2. Основной (внедренческий) этап');
    expect(graph).toContain('Подготовительный этап');
    expect(graph).toContain('Основной (внедренческий) этап');
  });

  it('reads as written in both with stage_word: false', async () => {
    const [calendar, graph] = await cellTextsOf(calendarPackage('          stage_word: false\n'));
    expect(calendar).toContain('1. Подготовительный (январь – май 2026 г.)');
    expect(graph).toContain('Подготовительный');
    expect(graph).toContain('Основной (внедренческий)');
  });
});
