import { describe, expect, it } from 'vitest';
import { findDigitLookalike } from '../../src/language/digit-lookalikes.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

describe('a letter typed for a digit in a date', () => {
  it('names the Russian or Latin letter and the digit it stands for', () => {
    expect(findDigitLookalike('2025-О9-01')).toEqual({ letter: 'О', digit: '0', cyrillic: true });
    expect(findDigitLookalike('З1.12.2025')).toEqual({ letter: 'З', digit: '3', cyrillic: true });
    expect(findDigitLookalike('2O25-09')).toEqual({ letter: 'O', digit: '0', cyrillic: false });
    expect(findDigitLookalike('0l.09.2025')).toEqual({ letter: 'l', digit: '1', cyrillic: false });
  });

  it('finds nothing in dates, words and Roman numerals', () => {
    for (const text of ['2025-09-01', '1 октября 2025 г.', 'ежегодно', 'I-II 2025', 'до 01.09.2025', 'О'])
      expect(findDigitLookalike(text)).toBeUndefined();
  });

  it('is the message on a stamp date, a term and the project period', () => {
    const stamp = problemsOf(minimalRoadmap.replace('date: 2020-10-01', 'date: 2020-1О-01'));
    expect(stamp).toEqual([
      '13:37: «2020-1О-01» — не дата: в ней русская буква «О» вместо цифры 0; наберите цифру',
    ]);
    const term = problemsOf(minimalRoadmap.replace('term: 2020-10', 'term: 2020-1О'));
    expect(term).toEqual([
      '21:19: «2020-1О» — не дата: в ней русская буква «О» вместо цифры 0; наберите цифру',
    ]);
    const period = problemsOf(
      minimalRoadmap.replace('documents:', 'project:\n  period: { from: 2O20-09, to: 2021-06 }\ndocuments:'),
    );
    expect(period).toEqual([
      '10:19: «2O20-09» — не дата: в ней латинская буква «O» вместо цифры 0; наберите цифру',
    ]);
  });
});
