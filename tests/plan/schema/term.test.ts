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
  ])('«%s» is the range it names, printed in the package form', (written, range, printed) => {
    const term = termSchema.parse(written);
    expect(term).toEqual(range);
    expect(formatTerm(term, 'numeric')).toBe(printed);
  });

  it('leaves text that names no range as it is', () => {
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
