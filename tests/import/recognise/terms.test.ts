import { describe, expect, it } from 'vitest';
import { readTerm } from '../../../src/import/recognise/terms.js';

describe('terms as people write them', () => {
  it.each([
    ['сентябрь – октябрь 2021 г.', { from: '2021-09', to: '2021-10' }],
    ['ноябрь 2020 г. – май 2021 г.', { from: '2020-11', to: '2021-05' }],
    ['до 01.10.2021', { until: '2021-10-01' }],
    ['до октября 2020 г.', { until: '2020-10' }],
    ['с сентября 2021 г.', { from: '2021-09' }],
    ['01.10.2021', '2021-10-01'],
    ['01.11.2021 – 15.11.2021', { from: '2021-11-01', to: '2021-11-15' }],
    ['2021 г.', '2021'],
    ['2021–2023 гг.', { from: '2021', to: '2023' }],
    ['декабрь 2020 г., май 2021 г.', ['2020-12', '2021-05']],
  ])('«%s» becomes a term gramota prints the same way', (text, term) => {
    expect(readTerm(text)).toEqual({ term });
  });

  it.each(['ежегодно', 'в течение года', '2021–2022 уч. год', 'весь период'])('«%s» stays text', (text) => {
    expect(readTerm(text)).toEqual({ term: text });
  });

  it('keeps a date written otherwise as text, and says which form would print it', () => {
    expect(readTerm('С октября 2020 г.')).toEqual({
      term: 'С октября 2020 г.',
      note: 'срок оставлен текстом, как в документе; можно записать {from: 2020-10} — тогда он напечатается «с октября 2020 г.» и будет проверяться',
    });
  });

  it('writes a range or a deadline that gramota would read from its text anyway as data, and says how it prints', () => {
    expect(readTerm('До октября 2020 г.')).toEqual({
      term: { until: '2020-10' },
      note: 'срок «До октября 2020 г.» записан датами: так gramota его проверит и напечатает «до октября 2020 г.»',
    });
    expect(readTerm('Март – май 2018 г.')).toEqual({
      term: { from: '2018-03', to: '2018-05' },
      note: 'срок «Март – май 2018 г.» записан датами: так gramota его проверит и напечатает «март – май 2018 г.»',
    });
  });

  it('writes a range typed with a hyphen glued to «г.» as data, and says how it prints', () => {
    expect(readTerm('Сентябрь 2026 г.- апрель 2027 г.')).toEqual({
      term: { from: '2026-09', to: '2027-04' },
      note: 'срок «Сентябрь 2026 г.- апрель 2027 г.» записан датами: так gramota его проверит и напечатает «сентябрь 2026 г. – апрель 2027 г.»',
    });
  });
});
