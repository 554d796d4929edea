import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../../src/kinds/roadmap/schema.js';
import { resolveRoadmapTable } from '../../../src/kinds/roadmap/table-view.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { createContext } from '../../../src/resolve/context.js';

function tableOf(roadmapYaml: string) {
  const plan = parsePlan(
    `organization: { name: Колледж, short_name: ГАПОУ "ЧПК" }\npeople:\n  ivanova: { name: Иванова Мария Петровна }\ndocuments:\n  - type: roadmap\n    title: План\n${roadmapYaml}`,
    'plan.yaml',
  );
  return resolveRoadmapTable(plan.documents[0] as Roadmap, createContext(plan));
}

const stages = `    stages:
      - title: Аналитико-концептуальный
        term: { from: 2018-03, to: 2018-05 }
        items:
          - { activity: Создание рабочей группы, term: 2018-03, responsible: ivanova }
          - { activity: Разработка проекта, items: [{ activity: Вложенное }] }
      - title: Завершающий этап
        items:
          - { activity: Анализ }
`;

describe('resolveRoadmapTable', () => {
  it('uses default titles, overrides and custom columns', () => {
    const table = tableOf(`    columns: [number, activity, { key: partners, title: Партнеры }, term]
    column_titles: { term: Срок исполнения }
    column_numbers: true
    items: [{ activity: А, partners: [ИРО, ЦНППМ], term: 2021 }]
`);
    expect(table.header.map((h) => h.title)).toEqual([
      '№\u00A0п/п',
      'Наименование мероприятия',
      'Партнеры',
      'Срок исполнения',
    ]);
    expect(table.columnNumbers).toEqual(['1', '2', '3', '4']);
    expect(table.rows[0]?.cells?.map((c) => c.text ?? c.list)).toEqual([
      '1.',
      'А',
      ['ИРО', 'ЦНППМ'],
      '2021\u00A0г.',
    ]);
  });

  it('lays stages out as full-width rows numbered 1.1, 1.2, 1.2.1', () => {
    const table = tableOf(
      `    columns: [number, activity, term, responsible]\n    stage_layout: rows\n${stages}`,
    );
    expect(table.rows.map((r) => r.stage?.text ?? r.cells?.[0]?.text)).toEqual([
      '1. Аналитико-концептуальный этап (март\u00A0– май 2018\u00A0г.)',
      '1.1',
      '1.2',
      '1.2.1',
      '2. Завершающий этап',
      '2.1',
    ]);
    expect(table.rows[0]?.stage?.colSpan).toBe(4);
    expect(table.rows[1]?.cells?.[3]?.text).toBe('Иванова\u00A0М.П.');
  });

  it('merges the stage cell down over its items in the column layout, items numbered 1.1 … 2.1', () => {
    const table = tableOf(`    columns: [number, activity]\n    stage_layout: column\n${stages}`);
    const rows = table.rows.map((r) =>
      r.cells?.map((c) => `${c.text}${c.rowSpan > 1 ? `↓${c.rowSpan}` : ''}`),
    );
    expect(table.header.map((h) => h.title)).toEqual(['№\u00A0п/п', 'Этап', 'Наименование мероприятия']);
    expect(rows).toEqual([
      [
        '1.1',
        '1.\u00A0Аналитико-концептуальный этап\n(март\u00A0– май 2018\u00A0г.)↓3',
        'Создание рабочей группы',
      ],
      ['1.2', 'Разработка проекта'],
      ['1.2.1', 'Вложенное'],
      ['2.1', '2.\u00A0Завершающий этап', 'Анализ'],
    ]);
  });

  it('numbers items anew in each stage with numbering: restart, in both layouts', () => {
    const numbers = (layout: string) =>
      tableOf(
        `    columns: [number, activity]\n    stage_layout: ${layout}\n    numbering: restart\n${stages}`,
      ).rows.flatMap((r) => (r.cells ? [r.cells[0]?.text] : []));
    expect(numbers('column')).toEqual(['1.', '2.', '2.1', '1.']);
    expect(numbers('rows')).toEqual(['1.', '2.', '2.1', '1.']);
  });

  it('numbers items on across the stages with numbering: continuous, in both layouts', () => {
    const numbers = (layout: string) =>
      tableOf(
        `    columns: [number, activity]\n    stage_layout: ${layout}\n    numbering: continuous\n${stages}`,
      ).rows.flatMap((r) => (r.cells ? [r.cells[0]?.text] : []));
    expect(numbers('column')).toEqual(['1.', '2.', '2.1', '3.']);
    expect(numbers('rows')).toEqual(['1.', '2.', '2.1', '3.']);
  });

  it('merges the number cell with the stage when only stages are numbered', () => {
    const table = tableOf(
      `    columns: [number, stage, activity]\n    stage_layout: column\n    numbering: stages\n${stages}`,
    );
    expect(table.rows[0]?.cells?.slice(0, 2).map((c) => [c.text, c.rowSpan])).toEqual([
      ['1.', 3],
      ['Аналитико-концептуальный этап\n(март\u00A0– май 2018\u00A0г.)', 3],
    ]);
    expect(table.rows[1]?.cells).toHaveLength(1);
  });
});
