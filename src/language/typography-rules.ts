/**
 * Our own replacements of the typography pass (typography.ts), run before typograf: initials, number and year ranges,
 * ≥ ≤, dashes between words, no-break spaces inside dates, after № and in addresses. They run over many texts joined
 * by line breaks at once (typographAhead), so a rule must read a line break as the edge of a text and never reach
 * past one; tests/language/typography-batch.test.ts checks it on texts made of what the rules look for.
 */

const nbsp = '\u00A0';
const months = [
  'январ[ьяе]',
  'феврал[ьяе]',
  'марта?|марте',
  'апрел[ьяе]',
  'ма[йяе]',
  'июн[ьяе]',
  'июл[ьяе]',
  'август[ае]?',
  'сентябр[ьяе]',
  'октябр[ьяе]',
  'ноябр[ьяе]',
  'декабр[ьяе]',
].join('|');
const dashes = '(?:--?|‒|–|—)';
const number = String.raw`\d+(?:[,:]\d+)?`;
// Letters other than ASCII are written in ordinary strings, never inside String.raw: the CLI bundle is ASCII
// (scripts/ascii-bundle.mjs), and the raw text of a template cannot be escaped without changing it.
const capital = '[А-ЯЁ]';
const small = '[а-яё]';
const surname = `${capital}${small}+(?:-${capital}${small}+)?`;
const longDashes = '(?:--|‒|—)';

/**
 * Units and counted things written short after a number: an abbreviation with its dot, or a unit symbol. Only forms
 * that read as nothing else after a number («г.» is the year's, bound by the year rules; «с» and «л» are words too, «ч.» a part of a law in «п. 7 ч. 1»).
 */
const units = [
  'шт\\.',
  'чел\\.',
  'экз\\.',
  'ед\\.',
  'руб\\.',
  'коп\\.',
  'тыс\\.',
  'млн',
  'млрд',
  'ак\\.(?: |\\u00A0)?ч\\.',
  'мин\\.',
  'дн\\.',
  'мес\\.',
  'кг',
  'км',
  'см',
  'мм',
  'м',
  'га',
].join('|');

/** Returns a step that applies one regex replacement. */
function replacing(pattern: RegExp, replacement: string): (text: string) => string {
  return (text) => text.replace(pattern, replacement);
}

const digit = /\d/;

/**
 * A rule applied only to a text that has what every match of it needs (a digit, a dot…): most texts lack it, and
 * looking for one character is far cheaper than the rule's own search.
 */
function when(needs: string | RegExp, rule: (text: string) => string): (text: string) => string {
  return typeof needs === 'string'
    ? (text) => (text.includes(needs) ? rule(text) : text)
    : (text) => (needs.test(text) ? rule(text) : text);
}

/**
 * 'Основы растениеводства' and ‘Основы’, typed or pasted, are quotes: written as "…" here, they get «» (or „“ inside
 * «») from typograf's quote rule as every other pair. An opening mark stands at the start or after a space or an
 * opening bracket or quote, a closing one before the end, a space or punctuation; so O'Нил and д'Артаньян, whose
 * apostrophe stands between letters, stay as they are.
 */
const singleQuotes = /(^|[\s([«"„—–-])['‘]([^'‘’\s](?:[^'‘’\n]*?[^'‘’\s])?)['’](?=$|[\s.,;:!?)\]»"“…—–-])/gu;

/** Our own replacements, applied in order before typograf, each to a text that can hold a match. */
export const ownRules: readonly ((text: string) => string)[] = [
  when(/['‘]/, replacing(singleQuotes, '$1"$2"')),
  // Г. В. Алейкина, Г.В.Алейкина → Г.В. Алейкина
  when(
    '.',
    replacing(
      new RegExp(
        String.raw`(?<![\p{L}\d.])(${capital})\.[ ${nbsp}]?(${capital})\.[ ${nbsp}]*(${surname})`,
        'gu',
      ),
      `$1.$2.${nbsp}$3`,
    ),
  ),
  // Алейкина Г. В. → Алейкина Г.В. (not when the initials already lead a following surname)
  when(
    '.',
    replacing(
      new RegExp(
        String.raw`(?<![\p{L}-])(${surname})[ ${nbsp}]+(${capital})\.[ ${nbsp}]?(${capital})\.(?![ ${nbsp}]?${capital}${small})`,
        'gu',
      ),
      `$1${nbsp}$2.$3.`,
    ),
  ),
  // 2020 - 2021, 10 — 15, 10:00 – 12:00 → en dash without spaces (not inside 01.11.2021 – 15.11.2021)
  when(
    digit,
    replacing(
      new RegExp(
        String.raw`(?<![\d.,:])(${number})[ ${nbsp}]+${dashes}[ ${nbsp}]+(${number})(?![\d.,:]*\d)`,
        'g',
      ),
      '$1–$2',
    ),
  ),
  when(
    digit,
    replacing(
      new RegExp(String.raw`(?<![\d.,:])(${number})${longDashes}(${number})(?![.,:]?\d)`, 'g'),
      '$1–$2',
    ),
  ),
  // 2020-2021 (ascending years, not part of 2021-10-01 or a phone number) → 2020–2021
  when(digit, (text) =>
    text.replace(
      /(?<![\d.,:/-])((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)(?![\d./-])/g,
      (match, a: string, b: string) => (Number(a) < Number(b) ? `${a}–${b}` : match),
    ),
  ),
  // 1-5, 5-9 классов (small ascending numbers, not a document number, phone or date) → 1–5
  when(digit, (text) =>
    text.replace(
      /(?<![\d.,:/№-]|№[ \u00A0]|тел\.[ \u00A0])([1-9]\d{0,2})-(\d{1,3})(?![\d./-])/g,
      (match, a: string, b: string) => (Number(a) < Number(b) ? `${a}–${b}` : match),
    ),
  ),
  // >= and <= → ≥ and ≤ (not inside <=> or ==>)
  when('>', replacing(/(?<![<>=!-])>=(?!=)/g, '≥')),
  when('<', replacing(/(?<![<>=])<=(?![>=])/g, '≤')),
  when(/[≥≤]/, replacing(/([≥≤]) (?=\d)/g, `$1${nbsp}`)),
  // a spaced hyphen, en or em dash between words → no-break space, en dash, space
  when(/[-‒–—]/, replacing(new RegExp(`[ ${nbsp}]+${dashes}[ ${nbsp}]+`, 'g'), `${nbsp}– `)),
  when(/[-‒–—]/, replacing(new RegExp(String.raw`[ ${nbsp}]+${dashes}(?=\n|$)`, 'g'), `${nbsp}–`)),
  // сентябрь-октябрь, март–май: a range of months is a range of words → no-break space, en dash, space
  when(
    /[-–]/,
    replacing(new RegExp(`(?<!\\p{L})(${months})[-–](${months})(?!\\p{L})`, 'giu'), `$1${nbsp}– $2`),
  ),
  // 1 октября 2020, сентябрь 2021, в сентябре 2021 → no-break spaces inside the date
  when(
    digit,
    replacing(new RegExp(String.raw`(?<!\p{L})(\d{1,2}) (${months})(?!\p{L})`, 'giu'), `$1${nbsp}$2`),
  ),
  when(digit, replacing(new RegExp(String.raw`(?<!\p{L})(${months}) (\d{4})(?!\d)`, 'giu'), `$1${nbsp}$2`)),
  // № Р-174, № ПР-12/од, № 5 → a no-break space after № (typograf's rule knows only digits and п/п)
  when('№', replacing(/№[ \u00A0\u2009]*(?=[\p{L}\d])/gu, `№${nbsp}`)),
  // 2036 года, 2025 году → no-break space before the word for year (typograf covers «г.»)
  when(digit, replacing(/(?<!\d)(\d{4}) (год(?:а|у|ом|ы|ах)?|гг?\.)(?!\p{L})/gu, `$1${nbsp}$2`)),
  // addresses: д. 5, ул. Ленина, с. Ивановка, г. Самара, г.о. Самара. Lower-case abbreviations only: typograf's
  // ru/nbsp/addr matched any case and split the initials С.А., Д.В., Ш.А. (с. = село, д. = деревня, ш. = шоссе).
  when(digit, replacing(/(^|[\s(])(дом|д\.|кв\.|под\.|эт\.) *(-?\d)/g, `$1$2${nbsp}$3`)),
  when(
    '.',
    replacing(
      /(^|[\s(])(обл|кр|ст|пос|с|д|ул|пер|пр-т|просп|пл|бул|б-р|наб|ш|туп|оф|комн?|уч|вл|влад|стр|кор)\. *(?=[\p{L}\d])(?![\p{Lu}]\.)/gu,
      `$1$2.${nbsp}`,
    ),
  ),
  when('.', replacing(/(^|[^\d\p{L}])(г\.(?: ?о\.)?) ?(?=[А-ЯЁ])(?![А-ЯЁ]\.)/gu, `$1$2${nbsp}`)),
  // приложение 2, пункт 3.1, раздел 4, статья 5, глава 2, таблица 1: the number stays with the word that cites it
  when(
    digit,
    replacing(
      new RegExp(
        `(^|[^\\p{L}])((?:[Пп]риложени|[Пп]ункт|[Пп]одпункт|[Рр]аздел|[Сс]тать|[Гг]лав|[Тт]аблиц|[Чч]аст)${small}{0,3}) (?=\\d)`,
        'gu',
      ),
      `$1$2${nbsp}`,
    ),
  ),
  // ч. 3, пп. 2 (typograf covers ст., п., стр.)
  when('.', replacing(/(^|[\s(])(ч|пп|абз)\. ?(\d)/g, `$1$2.${nbsp}$3`)),
  // 3 000 000 руб., 1 500 участников: the groups of a number are not broken between lines
  when(digit, (text) =>
    text.replace(/(?<![\d.,])\d{1,3}(?: \d{3})+(?:,\d+)?(?!\d)/g, (n) => n.replaceAll(' ', nbsp)),
  ),
  // 3 шт., 36 ак. ч., 5 тыс. руб., 20 м: a unit stays with its number («(3 / шт.)» split between lines reads as two)
  when(digit, replacing(new RegExp(String.raw`(\d) (?=(?:${units})(?![\p{L}\d]))`, 'gu'), `$1${nbsp}`)),
  when('.', replacing(/(?<=\d\u00A0)(ак\.|тыс\.|млн|млрд) ?(?=ч\.|руб\.)/gu, `$1${nbsp}`)),
  // 60 %, 15 ‰: the sign stays with its number
  when('%', replacing(/(\d) (%|‰)/g, `$1${nbsp}$2`)),
  // Исполняющий обязанности директора: «исполняющий обязанности» names one post and is not broken between lines
  // («Исполняющий / обязанности директора» reads as two)
  when(
    /обязанност/iu,
    replacing(
      new RegExp(`(?<!\\p{L})(исполняющ${small}{2,3}) (обязанности)(?!\\p{L})`, 'giu'),
      `$1${nbsp}$2`,
    ),
  ),
];
