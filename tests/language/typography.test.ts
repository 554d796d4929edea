import { describe, expect, it } from 'vitest';
import { findUnknownTypografRules, typografRules, typographText } from '../../src/language/typography.js';

const nb = '\u00A0';

describe('typographText', () => {
  it.each([
    // quotes, nested quotes
    ['"О проведении"', '«О\u00A0проведении»'],
    ['ООО "Нефтяная компания "Роснефть""', `ООО${nb}«Нефтяная компания „Роснефть“»`],
    ['Приказ "О "ёлке""', `Приказ «О${nb}„ёлке“»`],
    ['«Уже ёлочки»', '«Уже ёлочки»'],
    // quotes of two kinds around one name: opened «, closed " (or the other way round) make one pair
    ['проекта «Сетевое взаимодействие колледжа"', 'проекта «Сетевое взаимодействие колледжа»'],
    ['проекта "Сетевое взаимодействие»', 'проекта «Сетевое взаимодействие»'],
    ['проекта “Сетевое взаимодействие»', 'проекта «Сетевое взаимодействие»'],
    // №: U+202F from typograf becomes U+00A0
    ['Приказ № 125', `Приказ №${nb}125`],
    ['Приказ №125', `Приказ №${nb}125`],
    [`№\u202F245-од`, `№${nb}245-од`],
    ['№ п/п', `№${nb}п/п`],
    // a range of months: a dash between words, spaced, however it was typed
    ['сентябрь-октябрь 2025', `сентябрь${nb}– октябрь${nb}2025`],
    ['март–май 2026 г.', `март${nb}– май${nb}2026${nb}г.`],
    ['майский-июньский', 'майский-июньский'],
    // initials, both orders, spaced or tight
    ['Г.В. Алейкина', `Г.В.${nb}Алейкина`],
    ['Г. В. Алейкина', `Г.В.${nb}Алейкина`],
    ['Г.В.Алейкина', `Г.В.${nb}Алейкина`],
    ['Алейкина Г.В.', `Алейкина${nb}Г.В.`],
    ['Алейкина Г. В.', `Алейкина${nb}Г.В.`],
    ['Директор Г. В. Алейкина', `Директор Г.В.${nb}Алейкина`],
    ['Алейкина Г.В., Смирнова Е. А.', `Алейкина${nb}Г.В., Смирнова${nb}Е.А.`],
    // initials С., Д., Ш. are not the addresses с. (село), д. (дом, деревня), ш. (шоссе)
    ['Бондаренко Д.В.', `Бондаренко${nb}Д.В.`],
    [
      'Поручить Д.А. Иванову, С.Г. Иванову, Ш.А. Петрову',
      `Поручить Д.А.${nb}Иванову, С.Г.${nb}Иванову, Ш.А.${nb}Петрову`,
    ],
    ['ул. Ленина, д.5, кв. 3', `ул.${nb}Ленина, д.${nb}5, кв.${nb}3`],
    ['с. Ивановка, г. Самара, г.о. Самара', `с.${nb}Ивановка, г.${nb}Самара, г.о.${nb}Самара`],
    // № before a number that starts with a letter; a year before «года»
    ['от 16.12.2020 № Р-174', `от${nb}16.12.2020 №${nb}Р-174`],
    ['приказом № ПР-12', `приказом №${nb}ПР-12`],
    ['до 2036 года, в 2026 году', `до${nb}2036${nb}года, в${nb}2026${nb}году`],
    ['(ст. 13, 15)', `(ст.${nb}13, 15)`],
    // dashes between words: one style, « – » with a no-break space before
    ['мероприятия - важные', `мероприятия${nb}– важные`],
    ['мероприятия — важные', `мероприятия${nb}– важные`],
    ['мероприятия – важные', `мероприятия${nb}– важные`],
    ['мероприятия -- важные', `мероприятия${nb}– важные`],
    [`мероприятия${nb}— важные`, `мероприятия${nb}– важные`],
    ['пиар-кампания', 'пиар-кампания'],
    ['т.д.', 'т.д.'],
    ['из-за кое-кого', 'из-за кое-кого'],
    // digit ranges: en dash without spaces
    ['2020-2021', '2020–2021'],
    ['2020 - 2021', '2020–2021'],
    ['2020 — 2021', '2020–2021'],
    ['2020—2021', '2020–2021'],
    ['2020-2021 гг.', `2020–2021${nb}гг.`],
    ['2020 - 2021 гг.', `2020–2021${nb}гг.`],
    ['10 - 15 человек', '10–15 человек'],
    ['с 10:00 - 12:00', `с${nb}10:00–12:00`],
    ['1-15 ноября', `1–15${nb}ноября`],
    ['1-5', '1–5'],
    ['5-9 классов', '5–9 классов'],
    ['классы 1-3', 'классы 1–3'],
    // ≥ and ≤ for >= and <=, bound to the number after them
    ['баллов >= 5', `баллов ≥${nb}5`],
    ['x <= 3', `x ≤${nb}3`],
    ['a <=> b', 'a <=> b'],
    // hyphens that are not ranges stay
    ['№ 01-12', `№${nb}01-12`],
    ['№ 12-15', `№${nb}12-15`],
    ['тел. 32-45', 'тел. 32-45'],
    ['1.1-1.5', '1.1-1.5'],
    ['5-3', '5-3'],
    ['2021-10-01', '2021-10-01'],
    ['тел. 8-800-2000-2021', 'тел. 8-800-2000-2021'],
    ['СанПиН 2.4.3648-20', 'СанПиН 2.4.3648-20'],
    ['2021-2020', '2021-2020'],
    // dates stay whole, г. and гг. are bound to the year
    ['1 октября 2020 г.', `1${nb}октября${nb}2020${nb}г.`],
    ['октябрь 2021 г.', `октябрь${nb}2021${nb}г.`],
    ['в 2021 г.', `в${nb}2021${nb}г.`],
    ['в 2021г.', `в${nb}2021${nb}г.`],
    ['01.11.2021 – 15.11.2021', `01.11.2021${nb}– 15.11.2021`],
    ['сентябрь - октябрь 2021 г.', `сентябрь${nb}– октябрь${nb}2021${nb}г.`],
    // «исполняющий обязанности» names one post: not broken between lines, in any case
    ['Исполняющий обязанности директора', `Исполняющий${nb}обязанности директора`],
    ['назначить исполняющей обязанности заведующего', `назначить исполняющей${nb}обязанности заведующего`],
    ['Временно исполняющий обязанности', `Временно исполняющий${nb}обязанности`],
    ['обязанности исполняющего', 'обязанности исполняющего'],
    // abbreviations
    ['г. Энск, ст. 30, п. 1.2, ч. 3', `г.${nb}Энск, ст.${nb}30, п.${nb}1.2, ч.${nb}3`],
    // short words
    ['в школе и на уроке', `в${nb}школе и${nb}на${nb}уроке`],
    // ellipsis, spaces
    ['И так далее...', `И${nb}так далее…`],
    ['  много   пробелов  ', 'много пробелов'],
    [`два${nb} пробела`, `два${nb}пробела`],
    ['строка 1  \n   строка 2', 'строка 1\nстрока 2'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(typographText(input)).toBe(expected);
  });

  it.each([
    ['http://school.ru/a - b "x"', 'http://school.ru/a'],
    ['см. https://edu.ru/docs/2020-2021/plan...', 'https://edu.ru/docs/2020-2021/plan'],
    ['почта ivanov-petrov@mail.ru - пишите', 'ivanov-petrov@mail.ru'],
    ['сайт www.school-1.ru/2020-2021.', 'www.school-1.ru/2020-2021'],
  ])('leaves URLs and e-mails alone: %j', (input, kept) => {
    expect(typographText(input)).toContain(kept);
  });

  it('keeps a URL exactly while quoting around it', () => {
    expect(typographText('сайт "http://school.ru/a-b?x=1&y=2"')).toBe('сайт «http://school.ru/a-b?x=1&y=2»');
  });

  const varied = [
    'Приказ № 125 от 01.10.2020 г. "О проведении" - мероприятия',
    'ООО "Нефтяная компания "Роснефть""',
    '"Цитата "вложенная "третья"""',
    'Он сказал "привет',
    'Г. В. Алейкина и Алейкина Г. В.',
    'в 2020 г. и 2020-2021 гг. и 2020 - 2021 гг.',
    '1 - 15 ноября 2021 г., 10 — 20 %',
    'г. Энск, ст. 30, п. 1.2, ч. 3, д. 5',
    'сайт http://school.ru/a-b "x" - и почта ivanov@mail.ru',
    'Ну и... что дальше?',
    '  много   пробелов  \n  и строк  ',
    'пиар-кампания, т.д. и т. п.',
    'Федеральный закон от 29.12.2012 № 273-ФЗ "Об образовании в Российской Федерации"',
    'сентябрь – октябрь 2021 г.',
    '01.11.2021 – 15.11.2021',
    'Заместитель директора по УВР - Е.А. Смирнова',
    'конец строки -',
    'с 10:00 - 12:00 в актовом зале',
    'Председатель профсоюзного комитета И. И. Иванова',
    `уже${nb}обработанный${nb}– текст «„ёлки“»`,
    'в сентябре 2024 г. и в мае 2025 г.',
    'тел. 8-800-2000-2021, 2021-10-01',
    'классы 5-9, баллов >= 5 и <= 10',
  ];

  it.each(varied)('is idempotent: %j', (input) => {
    const once = typographText(input);
    expect(typographText(once)).toBe(once);
  });

  it.each(varied)('never emits U+202F or U+2011: %j', (input) => {
    expect(typographText(input)).not.toMatch(/[\u202F\u2011]/);
  });

  it.each([
    ['МАДОУ «Детский сад № 17 «Рябинушка»', `МАДОУ «Детский сад №${nb}17 „Рябинушка“»`],
    ['МАДОУ "Детский сад № 17 "Рябинушка"', `МАДОУ «Детский сад №${nb}17 „Рябинушка“»`],
    ['МАДОУ «Детский сад № 17 «Рябинушка»»', `МАДОУ «Детский сад №${nb}17 „Рябинушка“»`],
    // As the charter writes it: the quoted part ends with the inner name, the territory follows.
    [
      'МАДОУ «Центр развития ребёнка – детский сад № 7 «Радуга» Старооскольского городского округа',
      `МАДОУ «Центр развития ребёнка${nb}– детский сад №${nb}7 „Радуга“» Старооскольского городского округа`,
    ],
    ['Утвердить «Положение о совете', `Утвердить «Положение о${nb}совете`],
  ])('closes the outer quote of a name typed with one closing quote for two: %s', (input, typed) => {
    expect(typographText(input)).toBe(typed);
  });

  it.each([
    ['Бюджет 3 000 000 руб.', `Бюджет 3${nb}000${nb}000${nb}руб.`],
    ['1 500 участников', `1${nb}500 участников`],
    ['не менее 60 % педагогов', `не${nb}менее 60${nb}% педагогов`],
    ['1 000,50 руб.', `1${nb}000,50${nb}руб.`],
  ])('keeps a number whole and its sign with it: %s', (input, typed) => {
    expect(typographText(input)).toBe(typed);
  });

  it('leaves a quote it cannot tell the end of as it is: «конкурс «Лучший', () => {
    expect(typographText('конкурс «Учитель года» и «Лучший')).toBe(`конкурс «Учитель года» и${nb}«Лучший`);
  });

  it('replaces U+2011 and U+202F coming in', () => {
    expect(typographText('пиар\u2011кампания\u202Fи')).toBe(`пиар-кампания${nb}и`);
  });
});

describe('typograf rule list', () => {
  it('is the fixed list the pass was designed around', () => {
    expect([...typografRules].sort()).toEqual(
      [
        'common/nbsp/afterShortWordByList',
        'common/punctuation/hellip',
        'common/punctuation/quote',
        'common/space/delRepeatSpace',
        'common/space/trimLeft',
        'common/space/trimRight',
        'ru/dash/daysMonth',
        'ru/nbsp/afterNumberSign',
        'ru/nbsp/dayMonth',
        'ru/nbsp/mln',
        'ru/nbsp/ooo',
        'ru/nbsp/page',
        'ru/nbsp/rubleKopek',
        'ru/nbsp/see',
        'ru/nbsp/year',
        'ru/nbsp/years',
        'ru/space/year',
      ].sort(),
    );
  });

  it('names only rules this typograf version has', () => {
    expect(findUnknownTypografRules()).toEqual([]);
  });

  it('leaves out the rules whose output the project does not want', () => {
    for (const name of ['ru/nbsp/initials', 'ru/dash/main', 'ru/nbsp/abbr', 'common/nbsp/afterShortWord']) {
      expect(typografRules).not.toContain(name);
    }
  });
});
