import { describe, expect, it } from 'vitest';
import {
  looksLikeBrokenDate,
  readRussianDate,
  readRussianTermPoint,
  readRussianUntil,
  splitDateRange,
} from '../../src/language/read-date.js';

describe('dates as Russians write them', () => {
  it('reads 01.09.2025, 1.9.2025 and «1 сентября 2025 г.» as 2025-09-01', () => {
    expect(readRussianDate('01.09.2025')).toBe('2025-09-01');
    expect(readRussianDate('1.9.2025')).toBe('2025-09-01');
    expect(readRussianDate('1 сентября 2025 г.')).toBe('2025-09-01');
    expect(readRussianDate('1 Сентября 2025 года')).toBe('2025-09-01');
    expect(readRussianDate('01.09.2025 г.')).toBe('2025-09-01');
    expect(readRussianDate('01.09.2025г.')).toBe('2025-09-01');
  });

  it('reads no other text as a date', () => {
    expect(readRussianDate('1 сентебря 2025 г.')).toBeUndefined();
    expect(readRussianDate('01.09.25')).toBeUndefined();
    expect(readRussianDate('ежегодно')).toBeUndefined();
  });

  it('reads a month and a year in words as a term point', () => {
    expect(readRussianTermPoint('сентябрь 2025 г.')).toBe('2025-09');
    expect(readRussianTermPoint('Сентябрь 2025')).toBe('2025-09');
    expect(readRussianTermPoint('2025 г.')).toBe('2025');
    expect(readRussianTermPoint('в течение 2025 г.')).toBeUndefined();
  });

  it('finds a range written as one text, a month without its year in the year of the month after the dash', () => {
    expect(splitDateRange('2020-09-01 - 2020-09-15')).toEqual(['2020-09-01', '2020-09-15']);
    expect(splitDateRange('01.09.2020–15.09.2020')).toEqual(['2020-09-01', '2020-09-15']);
    expect(splitDateRange('сентябрь 2020 г. – май 2021 г.')).toEqual(['2020-09', '2021-05']);
    expect(splitDateRange('2020-2021')).toEqual(['2020', '2021']);
    expect(splitDateRange('2026-2027 гг.')).toEqual(['2026', '2027']);
    expect(splitDateRange('2026–2027 учебный год')).toBeUndefined();
    expect(splitDateRange('сентябрь — декабрь 2026')).toEqual(['2026-09', '2026-12']);
    expect(splitDateRange('Сентябрь-декабрь 2026 г.')).toEqual(['2026-09', '2026-12']);
    expect(splitDateRange('сентябрь — 15.12.2026')).toBeUndefined();
    expect(splitDateRange('2020-09')).toBeUndefined();
  });

  it('reads the point of a deadline written out after «до»', () => {
    expect(readRussianUntil('до 20 декабря 2025')).toBe('2025-12-20');
    expect(readRussianUntil('до 20.12.2025 г.')).toBe('2025-12-20');
    expect(readRussianUntil('до декабря 2025 г.')).toBe('2025-12');
    expect(readRussianUntil('до 2026 года')).toBe('2026');
    expect(readRussianUntil('до конца января 2026')).toBeUndefined();
    expect(readRussianUntil('20 декабря 2025')).toBeUndefined();
  });

  it('tells a broken date from free text', () => {
    expect(looksLikeBrokenDate('2020-9')).toBe(true);
    expect(looksLikeBrokenDate('1.9.20')).toBe(true);
    expect(looksLikeBrokenDate('2 раза в год')).toBe(false);
    expect(looksLikeBrokenDate('2021')).toBe(false);
  });
});
