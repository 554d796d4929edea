import { describe, expect, it } from 'vitest';
import {
  blankDate,
  countDaysInMonth,
  formatDate,
  formatMonth,
  formatYear,
  isValidIsoDate,
  isValidYear,
  isValidYearMonth,
  monthsGenitive,
  monthsNominative,
  monthsPrepositional,
} from '../../src/language/dates.js';

describe('formatDate', () => {
  it.each([
    ['2020-10-01', '01.10.2020', '1\u00A0октября\u00A02020\u00A0г.'],
    ['2018-06-05', '05.06.2018', '5\u00A0июня\u00A02018\u00A0г.'],
    ['2024-02-29', '29.02.2024', '29\u00A0февраля\u00A02024\u00A0г.'],
    ['2021-12-31', '31.12.2021', '31\u00A0декабря\u00A02021\u00A0г.'],
    ['2021-05-09', '09.05.2021', '9\u00A0мая\u00A02021\u00A0г.'],
  ])('%s → %s / %s', (iso, numeric, words) => {
    expect(formatDate(iso, 'numeric')).toBe(numeric);
    expect(formatDate(iso, 'words')).toBe(words);
  });

  it('never writes a leading zero in the words form', () => {
    expect(formatDate('2020-10-01', 'words')).not.toMatch(/^0/);
  });

  it('throws on an impossible date (a bug upstream, not user input)', () => {
    expect(() => formatDate('2021-02-30', 'numeric')).toThrow();
  });
});

describe('formatMonth / formatYear / blankDate', () => {
  it('writes the nominative month with no-break spaces', () => {
    expect(formatMonth('2021-10')).toBe('октябрь\u00A02021\u00A0г.');
    expect(formatMonth('2022-05')).toBe('май\u00A02022\u00A0г.');
  });

  it('writes a year with «г.»', () => {
    expect(formatYear(2021)).toBe('2021\u00A0г.');
    expect(formatYear('2021')).toBe('2021\u00A0г.');
  });

  it('gives the fill-in blank', () => {
    // «г.» is never left alone on the next line (a no-break space before it).
    expect(blankDate()).toBe('«___» ____________ 20__\u00A0г.');
  });
});

describe('validation', () => {
  it.each([
    ['2021-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2021-02-29', false],
    ['1900-02-29', false],
    ['2021-02-30', false],
    ['2021-04-31', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
    ['2021-1-01', false],
    ['21-01-01', false],
    ['2021-01-01 ', false],
    ['01.10.2020', false],
  ])('isValidIsoDate(%j) = %s', (s, ok) => {
    expect(isValidIsoDate(s)).toBe(ok);
  });

  it.each([
    ['2021-10', true],
    ['2021-01', true],
    ['2021-12', true],
    ['2021-13', false],
    ['2021-00', false],
    ['2021-1', false],
    ['2021-10-01', false],
  ])('isValidYearMonth(%j) = %s', (s, ok) => {
    expect(isValidYearMonth(s)).toBe(ok);
  });

  it('checks years', () => {
    expect(isValidYear('2021')).toBe(true);
    expect(isValidYear('0000')).toBe(false);
    expect(isValidYear('21')).toBe(false);
  });

  it('counts days in months', () => {
    expect([2, 4, 1].map((m) => countDaysInMonth(2021, m))).toEqual([28, 30, 31]);
    expect(countDaysInMonth(2024, 2)).toBe(29);
  });
});

describe('month tables', () => {
  it('has twelve names in each case', () => {
    expect([monthsNominative.length, monthsGenitive.length, monthsPrepositional.length]).toEqual([
      12, 12, 12,
    ]);
    expect([monthsNominative[8], monthsGenitive[8], monthsPrepositional[8]]).toEqual([
      'сентябрь',
      'сентября',
      'сентябре',
    ]);
  });
});
