import { describe, expect, it } from 'vitest';
import { findReferenceSlips } from '../../src/plan/check-citations.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { problemsOf } from '../_fixtures/problems.js';

/**
 * An order 301-од of 28.08.2026 with four appendices: the regulation (its text on line 27 is `cited`), the calendar
 * plan, the plan-graph and the composition; its clause on line 15 is `clause`.
 */
const planOf = (
  cited: string,
  clause = 'Создать проектный офис в составе согласно приложению 4',
) => `organization: { name: Колледж, head: head }
project: { period: { from: 2026-09, to: 2027-06 } }
people:
  head: { name: Кравченко Игорь Петрович, position: Директор }
documents:
  - type: order
    id: order-office
    number: 301-од
    date: 2026-08-28
    title: О реализации проекта
    clauses:
      - approve: office-regulation
      - approve: calendar-plan
      - approve: schedule
      - text: ${clause}
    appendices: [office-regulation, calendar-plan, schedule, office-composition]
  - type: regulation
    id: office-regulation
    title: Положение о проектном офисе
    sections:
      - title: Общие положения
        clauses:
          - Офис создаётся для реализации проекта.
          - Офис работает по плану.
          - Офис отчитывается ежемесячно.
          - Офис действует до конца проекта.
          - ${cited}
  - type: roadmap
    id: calendar-plan
    title: Календарный план реализации проекта
    items: [{ activity: Анализ, term: 2026-09 }]
  - type: schedule
    id: schedule
    title: Календарный план-график реализации проекта
    roadmap: calendar-plan
  - type: document
    id: office-composition
    title: Состав проектного офиса
    body: [{ paragraph: Алиев Р.Т. }]
`;
const warningsOf = (source: string) =>
  findReferenceSlips(parsePlan(source, 'plan.yaml'))
    .filter((slip) => slip.warning)
    .map((slip) => slip.message);
const fine = 'Состав Офиса утверждается приказом директора (приложение 4 к приказу от 28.08.2026 № 301-од).';

describe("an appendix of the plan's order cited in a regulation's text", () => {
  it('passes the right number, and appendices of other acts or of the regulation itself', () => {
    for (const cited of [
      fine,
      'Офис руководствуется методологией (приложение 3 к распоряжению Минпросвещения России от 25.12.2019 № Р-145).',
      'Форма отчёта приведена в приложении 1 к настоящему Положению.',
      'Офис выполняет календарный план (приложение 2 к приказу от 28.08.2026 № 301-од).',
    ]) {
      expect(problemsOf(planOf(cited))).toEqual([]);
      expect(warningsOf(planOf(cited))).toEqual([]);
    }
  });

  it('warns when the text names one appendix by its title and cites the number of another', () => {
    expect(warningsOf(planOf(fine.replace('приложение 4', 'приложение 3')))).toEqual([
      'предупреждение: в тексте «приложение 3 к приказу от 28.08.2026 № 301-од», но приложение 3 к этому приказу — «Календарный план-график реализации проекта», а «Состав проектного офиса» — приложение 4; исправьте номер в тексте',
    ]);
  });

  it('is an error when the order has no appendix of that number, or is cited with another date', () => {
    expect(problemsOf(planOf(fine.replace('приложение 4', 'приложение 5')))).toEqual([
      '27:13: в тексте «приложение 5 к приказу от 28.08.2026 № 301-од», а у приказа «order-office» этого плана 4 приложения (appendices): исправьте номер приложения или реквизиты приказа в тексте',
    ]);
    expect(problemsOf(planOf(fine.replace('28.08.2026', '29.08.2026')))).toEqual([
      '27:13: в тексте «от 29.08.2026 № 301-од», а приказ «order-office», к которому приложен этот документ, — от 28.08.2026: исправьте дату в тексте',
    ]);
  });
});

describe("appendices cited in the order's own clauses", () => {
  it('tells apart «календарного плана» and «календарным планом-графиком» when their numbers are swapped', () => {
    const swapped =
      'Обеспечить выполнение мероприятий календарного плана (приложение 3) в сроки, установленные календарным планом-графиком (приложение 2)';
    expect(warningsOf(planOf(fine, swapped))).toEqual([
      expect.stringMatching(
        /^предупреждение: в пункте «приложение 3», но приложение 3 — «Календарный план-график/,
      ),
      expect.stringMatching(
        /^предупреждение: в пункте «приложение 2», но приложение 2 — «Календарный план реализации/,
      ),
    ]);
    expect(
      warningsOf(
        planOf(
          fine,
          swapped
            .replace('(приложение 3)', '(x)')
            .replace('(приложение 2)', '(приложение 3)')
            .replace('(x)', '(приложение 2)'),
        ),
      ),
    ).toEqual([]);
  });

  it('warns when an appendix is mentioned before one with a smaller number', () => {
    const early = planOf(fine).replace(
      '      - approve: office-regulation\n',
      '      - Создать проектный офис в составе согласно приложению 4\n      - approve: office-regulation\n',
    );
    expect(warningsOf(early)).toEqual([
      'предупреждение: приложение 4 упомянуто в тексте приказа раньше приложения 1; приложения нумеруют в порядке первого упоминания в тексте — переставьте документы в appendices (и номера в тексте пунктов)',
    ]);
    expect(problemsOf(early)).toEqual([]);
  });
});
