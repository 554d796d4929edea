import { describe, expect, it } from 'vitest';
import { classifyPoint, formatTerm, type Term, termBounds } from '../../src/language/terms.js';
import { typographText } from '../../src/language/typography.js';

const nb = '\u00A0';

/** [term, numeric style, words style (when it differs)] */
const rows: [Term, string, string?][] = [
  ['2021-10-01', '01.10.2021', `1${nb}октября 2021${nb}г.`],
  ['2021-10', `октябрь 2021${nb}г.`],
  [2021, `2021${nb}г.`],
  ['2021', `2021${nb}г.`],
  [{ from: '2021-09', to: '2021-10' }, `сентябрь${nb}– октябрь 2021${nb}г.`],
  [{ from: '2021-11', to: '2022-02' }, `ноябрь 2021${nb}г.${nb}– февраль 2022${nb}г.`],
  [{ from: '2021-11-01', to: '2021-11-15' }, `01.11.2021${nb}– 15.11.2021`, `1–15${nb}ноября 2021${nb}г.`],
  [
    { from: '2021-11-01', to: '2021-12-15' },
    `01.11.2021${nb}– 15.12.2021`,
    `1${nb}ноября${nb}– 15${nb}декабря 2021${nb}г.`,
  ],
  [
    { from: '2021-12-20', to: '2022-01-10' },
    `20.12.2021${nb}– 10.01.2022`,
    `20${nb}декабря 2021${nb}г.${nb}– 10${nb}января 2022${nb}г.`,
  ],
  [{ until: '2020-10-12' }, 'до 12.10.2020', `до 12${nb}октября 2020${nb}г.`],
  [{ until: '2020-10' }, `до октября 2020${nb}г.`],
  [{ until: 2021 }, `до 2021${nb}г.`],
  [{ from: '2021-09' }, `с сентября 2021${nb}г.`],
  [{ from: '2021-09-01' }, 'с 01.09.2021', `с 1${nb}сентября 2021${nb}г.`],
  [{ from: 2021, to: 2023 }, `2021–2023${nb}гг.`],
  [{ from: '2021-09', to: '2021-09' }, `сентябрь 2021${nb}г.`],
  [{ from: '2021-10-01', to: '2021-10-01' }, '01.10.2021', `1${nb}октября 2021${nb}г.`],
  [{ from: 2021, to: 2021 }, `2021${nb}г.`],
  [
    { from: '2021-09', to: '2021-10-15' },
    `сентябрь 2021${nb}г.${nb}– 15.10.2021`,
    `сентябрь 2021${nb}г.${nb}– 15${nb}октября 2021${nb}г.`,
  ],
  [{ from: '2021-09', until: '2021-12' }, `с сентября 2021${nb}г. до декабря 2021${nb}г.`],
  [{ to: '2021-10-15' }, 'по 15.10.2021', `по 15${nb}октября 2021${nb}г.`],
  [['2020-12', '2021-05'], `декабрь 2020${nb}г., май 2021${nb}г.`],
  [['2020-12-01', 2021], `01.12.2020, 2021${nb}г.`, `1${nb}декабря 2020${nb}г., 2021${nb}г.`],
  ['ежегодно', 'ежегодно'],
  ['весь период', 'весь период'],
  ['в течение года', `в${nb}течение года`],
  ['сентябрь - октябрь 2025 г.', `сентябрь${nb}– октябрь 2025${nb}г.`],
  ['2021-02-30', '2021-02-30'],
  [{ from: '2021-09', to: 'окончания проекта' }, `сентябрь 2021${nb}г.${nb}– окончания проекта`],
];

describe('formatTerm', () => {
  it.each(rows)('%j → numeric %j', (term, numeric) => {
    expect(formatTerm(term, 'numeric')).toBe(numeric);
  });

  it.each(rows)('%j → words', (term, numeric, words) => {
    expect(formatTerm(term, 'words')).toBe(words ?? numeric);
  });

  it('gives text a typography pass would change only in its spaces', () => {
    const spaces = (s: string) => s.replaceAll(nb, ' ');
    for (const [, numeric, words] of rows) {
      for (const out of [numeric, words ?? numeric]) expect(spaces(typographText(out))).toBe(spaces(out));
    }
  });
});

describe('classifyPoint', () => {
  it.each([
    ['2021-10-01', { kind: 'date', value: '2021-10-01' }],
    ['2021-10', { kind: 'month', value: '2021-10' }],
    ['2021', { kind: 'year', value: '2021' }],
    [2021, { kind: 'year', value: '2021' }],
    ['ежегодно', undefined],
    ['2021-02-30', undefined],
    ['2021-13', undefined],
    [21, undefined],
    [2021.5, undefined],
  ])('%j → %j', (point, expected) => {
    expect(classifyPoint(point)).toEqual(expected);
  });
});

describe('termBounds', () => {
  it.each<[Term, { start: string; end: string } | undefined]>([
    ['2021-10-01', { start: '2021-10-01', end: '2021-10-01' }],
    ['2021-02', { start: '2021-02-01', end: '2021-02-28' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    [2021, { start: '2021-01-01', end: '2021-12-31' }],
    [
      { from: '2021-11', to: '2022-02' },
      { start: '2021-11-01', end: '2022-02-28' },
    ],
    [
      { from: 2021, to: 2023 },
      { start: '2021-01-01', end: '2023-12-31' },
    ],
    [{ until: '2020-10-12' }, { start: '2020-10-12', end: '2020-10-12' }],
    [{ until: '2020-10' }, { start: '2020-10-01', end: '2020-10-31' }],
    [{ from: '2021-09' }, { start: '2021-09-01', end: '2021-09-30' }],
    [['2021-05', '2020-12', 'ежегодно'], { start: '2020-12-01', end: '2021-05-31' }],
    ['ежегодно', undefined],
    [['весь период'], undefined],
    [{}, undefined],
  ])('%j → %j', (term, expected) => {
    expect(termBounds(term)).toEqual(expected);
  });
});
