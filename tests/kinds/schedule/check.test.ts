import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../_fixtures/problems.js';

const plan = (project: string, schedule: string) => `organization: { name: Колледж }
${project}
documents:
  - type: document
    id: programme
    title: Программа
    body:
      - paragraph: Текст без таблицы
  - type: roadmap
    id: roadmap-main
    title: Дорожная карта
    items: [{ activity: А, term: 2025-10 }]
  - type: schedule
    title: Календарный план-график
${schedule}
`;

describe('calendar plan-graph: plan errors at their line', () => {
  it('names an unknown roadmap and suggests the close one', () => {
    expect(
      problemsOf(plan('project: { period: { from: 2025-09, to: 2026-06 } }', '    roadmap: roadmap-mian')),
    ).toEqual([
      '15:14: нет документа с id «roadmap-mian» в documents; возможно, имелось в виду «roadmap-main»',
    ]);
  });

  it('refuses a document without activities', () => {
    expect(
      problemsOf(plan('project: { period: { from: 2025-09, to: 2026-06 } }', '    roadmap: programme')),
    ).toEqual([
      '15:14: в документе «programme» нет мероприятий: календарный план-график строится по дорожной карте (type: roadmap) или по документу с таблицей roadmap',
    ]);
  });

  it('asks for the project’s period', () => {
    expect(problemsOf(plan('project: { title: Проект }', '    roadmap: roadmap-main'))).toEqual([
      '13:5: календарному плану-графику нужен срок проекта: project.period с датами, например { from: 2025-09, to: 2027-06 }',
    ]);
  });

  it('says when the asked months cannot fit the page', () => {
    const problems = problemsOf(
      plan(
        'project: { period: { from: 2021-01, to: 2025-12 } }',
        '    roadmap: roadmap-main\n    scale: months',
      ),
    );
    expect(problems).toEqual([
      '16:12: в календарном плане-графике вышло бы 60 столбцов (месяцы), а на странице помещается 26; укажите scale: quarters или scale: years',
    ]);
  });

  it('names an unknown scale with what is allowed', () => {
    const problems = problemsOf(
      plan(
        'project: { period: { from: 2025-09, to: 2026-06 } }',
        '    roadmap: roadmap-main\n    scale: weeks',
      ),
    );
    expect(problems[0]).toMatch(/^16:12: .*months.*quarters.*years/);
  });
});
