import { describe, expect, it } from 'vitest';
import { findReferenceSlips } from '../../src/plan/check-citations.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

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
});
