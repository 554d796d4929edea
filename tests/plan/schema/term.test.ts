import { describe, expect, it } from 'vitest';
import { formatTerm } from '../../../src/language/terms.js';
import { termSchema } from '../../../src/plan/schema/term.js';
import { minimalRoadmap } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

const nb = '\u00A0';

/** The problems of the minimal roadmap with its first activity's term written as `term`. */
function problemsOfTerm(term: string): string[] {
  return problemsOf(minimalRoadmap.replace('term: { until: 2020-10-12 }', `term: ${term}`));
}

describe('a term written as one text that reads as a range', () => {
  it.each([
    ['сентябрь — декабрь 2026', { from: '2026-09', to: '2026-12' }, `сентябрь${nb}– декабрь 2026${nb}г.`],
    ['сентябрь-декабрь 2026 г.', { from: '2026-09', to: '2026-12' }, `сентябрь${nb}– декабрь 2026${nb}г.`],
    [
      'ноябрь 2025 г. – февраль 2026 г.',
      { from: '2025-11', to: '2026-02' },
      `ноябрь 2025${nb}г.${nb}– февраль 2026${nb}г.`,
    ],
    ['01.09.2025 – 15.09.2025', { from: '2025-09-01', to: '2025-09-15' }, `01.09.2025${nb}– 15.09.2025`],
    ['2025-2026', { from: '2025', to: '2026' }, `2025–2026${nb}гг.`],
    ['2026-2027 гг.', { from: '2026', to: '2027' }, `2026–2027${nb}гг.`],
    ['2026 – 2027 годы', { from: '2026', to: '2027' }, `2026–2027${nb}гг.`],
  ])('«%s» is the range it names, printed in the package form', (written, range, printed) => {
    const term = termSchema.parse(written);
    expect(term).toEqual(range);
    expect(formatTerm(term, 'numeric')).toBe(printed);
  });

  it.each([
    ['до 20 декабря 2025', { until: '2025-12-20' }, 'до 20.12.2025'],
    ['до 20.12.2025 г.', { until: '2025-12-20' }, 'до 20.12.2025'],
    ['До декабря 2025 г.', { until: '2025-12' }, `до декабря 2025${nb}г.`],
    ['до 2026 года', { until: '2026' }, `до 2026${nb}г.`],
  ])('«%s» is the deadline it names, printed in the package form', (written, until, printed) => {
    const term = termSchema.parse(written);
    expect(term).toEqual(until);
    expect(formatTerm(term, 'numeric')).toBe(printed);
  });

  it('checks a deadline and a range of years written as text against the project period', () => {
    const withPeriod = (term: string) =>
      problemsOf(
        minimalRoadmap
          .replace('documents:', 'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:')
          .replace('term: { until: 2020-10-12 }', `term: ${term}`),
      );
    expect(withPeriod('до 20 декабря 2021')).toEqual([
      // Named as the document prints it: the package's dates are numeric.
      '19:15: срок «до 20.12.2021» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
    expect(withPeriod('2021-2022 гг.')).toEqual([
      '19:15: срок «2021–2022 гг.» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
    expect(withPeriod('до 20 декабря 2020')).toEqual([]);
  });

  it('reports a deadline written as text that is not in the calendar', () => {
    expect(problemsOfTerm('до 31 сентября 2020')).toEqual(['17:15: даты «31 сентября 2020» нет в календаре']);
  });

  it('leaves text that names no range as it is', () => {
    expect(termSchema.parse('до конца января 2026')).toBe('до конца января 2026');
    expect(termSchema.parse('до 25 числа каждого месяца')).toBe('до 25 числа каждого месяца');
    expect(termSchema.parse('ежегодно')).toBe('ежегодно');
    expect(termSchema.parse('2021–2022 уч. год')).toBe('2021–2022 уч. год');
    expect(termSchema.parse('март – май')).toBe('март – май');
  });

  it('reports a range whose end comes before its start, with the way to write one across a year', () => {
    expect(problemsOfTerm('ноябрь — февраль 2020')).toEqual([
      expect.stringMatching(
        /^17:15: срок «ноябрь — февраль 2020»: окончание раньше начала.*«ноябрь 2025 г\. – февраль 2026 г\.»/,
      ),
    ]);
  });

  it('reports a date of the range that is not in the calendar', () => {
    expect(problemsOfTerm('01.09.2020 – 31.09.2020')).toEqual([
      expect.stringMatching(/^17:15: даты «31\.09\.2020» нет в календаре$/),
    ]);
  });

  it('writes the range out where one point is wanted', () => {
    expect(problemsOfTerm('[сентябрь — октябрь 2020, 2020-12]')).toEqual([
      '17:16: срок «сентябрь — октябрь 2020» — это диапазон, а здесь нужна одна дата, месяц или год; диапазоном может быть только весь срок: term: { from: 2020-09, to: 2020-10 }',
    ]);
  });
});
