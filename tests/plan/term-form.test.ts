import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The fixture roadmap (approved 01.10.2020) with its second item's term, in a project of 2026–2027. */
const withTerm = (term: string, period = '{ from: 2026-09, to: 2027-06 }') =>
  minimalRoadmap
    .replace('documents:\n', `project:\n  period: ${period}\ndocuments:\n`)
    .replace('approval: { by: aleykina, date: 2020-10-01 }', 'approval: { by: aleykina, date: 2026-09-01 }')
    .replace('term: { until: 2020-10-12 }', 'term: 2026-10')
    .replace('term: 2020-10', `term: ${term}`);
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );

describe('a term written in no form gramota reads', () => {
  it('gives the examples in the plan’s own years and the month it starts in', () => {
    expect(problemsOf(withTerm('2026-9'))).toEqual([
      '23:19: срок «2026-9» записан не так: дата — 01.09.2026 или 2026-09-01, месяц — «сентябрь 2026 г.» или 2026-09, год — 2026, диапазон — «сентябрь – декабрь 2026 г.» или { from: 2026-09, to: 2026-12 }',
    ]);
  });

  it('gives the full date for a short year', () => {
    expect(problemsOf(withTerm('01.09.26'))).toEqual([
      '23:19: срок «01.09.26» записан не так: год пишется четырьмя цифрами — 01.09.2026',
    ]);
  });

  it('completes a day and month with the year the project has them in', () => {
    expect(problemsOf(withTerm('15.03'))).toEqual([
      '23:19: срок «15.03» записан не так: не указан год — 15.03.2027 (или 2027-03-15)',
    ]);
  });
});

describe('a free-text term with a day and month but no year', () => {
  it('is a warning at its line with the term dated in the project’s year', () => {
    expect(warningsOf(withTerm('до 15 октября'))).toEqual([
      '23:19: предупреждение: в сроке «до 15 октября» нет года — он так и напечатается, и gramota не сверит его со сроком проекта; напишите его с годом: { until: 2026-10-15 } или «до 15 октября 2026 г.»',
    ]);
    expect(warningsOf(withTerm('с 1 сентября по 30 октября'))).toEqual([
      '23:19: предупреждение: в сроке «с 1 сентября по 30 октября» нет года — он так и напечатается, и gramota не сверит его со сроком проекта; напишите его с годом: { from: 2026-09-01, to: 2026-10-30 } или «с 1 сентября по 30 октября 2026 г.»',
    ]);
  });

  it('puts a month the project reaches next year in that year', () => {
    expect(warningsOf(withTerm('до 20 марта'))).toEqual([
      '23:19: предупреждение: в сроке «до 20 марта» нет года — он так и напечатается, и gramota не сверит его со сроком проекта; напишите его с годом: { until: 2027-03-20 } или «до 20 марта 2027 г.»',
    ]);
  });

  it.each(['ежегодно до 15 октября', 'до 15 октября 2026 г.', 'в течение года', 'IV квартал 2026 г.'])(
    'is no warning for %s',
    (term) => {
      expect(warningsOf(withTerm(term))).toEqual([]);
    },
  );
});
