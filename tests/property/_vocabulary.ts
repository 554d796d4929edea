/** What mutations put where a key or a value was: the plan's own vocabulary, values of every type, and traps. */

/** Keys of the plan format (FORMAT.md), a typo, and keys every JS object inherits. */
export const keyWords: readonly string[] = [
  'organization name short_name city head people position cases position_cases accusative dative project',
  'title period from to until settings date_style gost templates appendix_mark documents type id approval',
  'agreement orientation by date order council protocol number word show_organization intro columns',
  'column_titles column_numbers numbering items stage_layout stages stage activity goal result term evidence',
  'responsible report heading paragraph align list numbered text preamble clauses approve person control',
  'signer acquainted appendices sections rows label value body table widths rowspan colspan roadmap key',
  'colums constructor __proto__ toString hasOwnProperty << x',
]
  .join(' ')
  .split(' ');

/** Words that are values somewhere: keys of people and documents, enum values, dates valid and not. */
const valueWords = [
  'blank self nobody constructor __proto__ toString aleykina spiridonova roadmap order regulation passport',
  'document mentoring-roadmap order-roadmap 2020-10-01 2021-02-30 2021-13 2021-00 0000-01-01 9999-12-31',
  '2021 2021-1-1 numeric words full short rows column stages items portrait left both {{title}} {{>head}}',
  '<w:p> ]]> &amp; # -',
]
  .join(' ')
  .split(' ');

/** Plain data values of every type, text the font lacks or that looks like syntax, structures of the format. */
export const plainValues: readonly unknown[] = [
  ...[null, true, false, 0, -1, 1.5, 2021, 1900, 2101, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
  ...valueWords,
  ...['', ' ', '🎉', '\u2011', '\uFEFF', '\u0000', '\u0007', '\t', 'a\nb', '\r\n', '\uD800', 'Итоги: выводы'],
  ...['x'.repeat(3000), 'Слово '.repeat(400), '- x'],
  ...[[], {}, [''], [null], [[]], { numbered: [] }, { numbered: [''] }, { text: [] }, ['2020-12', 2021]],
  ...[
    { text: 'x', rowspan: 1000 },
    { text: 'x', colspan: 0 },
    { text: 'x', rowspan: 2, colspan: 3 },
  ],
  ...[{ from: '2021-10', to: '2020-01' }, { until: '' }, { from: 2021 }, { to: 2021 }],
  ...[{ until: '2020-10-12', from: '2020-01' }, { by: 'aleykina' }, { order: 'order-roadmap' }],
  ...[{ council: 'совета' }, { heading: 'x' }, { roadmap: {} }, { activity: 'x', items: [] }],
  ...[
    { key: 'partners', title: 'x' },
    { key: 'constructor', title: 'x' },
    { title: 'x', items: [{ activity: 'y' }] },
  ],
];
