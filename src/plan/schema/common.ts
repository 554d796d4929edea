import { z } from 'zod';
import { isValidIsoDate } from '../../language/dates.js';
import { findDigitLookalike } from '../../language/digit-lookalikes.js';
import { readRussianDate } from '../../language/read-date.js';
import { text } from '../../messages.js';

/** A key of `people` or of `documents`: Latin lower case, digits, `-`, `_` (FORMAT.md, «Whole file»). */
export const keyPattern = /^[a-z][a-z0-9_-]*$/;

/** A text value; YAML numbers are accepted and kept as written («5», «2021»). */
export const textSchema = z.union([z.string(), z.number().transform(String)]).meta({ description: 'Текст' });

/** What each required text is called in the message about it: «пустой текст: пункт приказа». */
export type TextName = keyof typeof text.textNames;

/**
 * A text a document cannot do without (a title, a number, a clause, a line of a list): blank text — also nothing at
 * all after its key or dash (`- ` alone, which YAML reads as null) — is an error naming it, never an empty line.
 * `normalize` shapes the text before the check (one pipe, so that the JSON Schema keeps the key required).
 */
export function requiredText(name: TextName, normalize: (value: string) => string = (value) => value) {
  return z.preprocess(
    (value) => (value === null ? '' : value),
    textSchema
      .transform(normalize)
      .refine((value) => value.trim() !== '', { error: text.emptyText(text.textNames[name]) }),
  );
}

/** «№ 112-од», «N 3», «No. 3»: the sign before a document's number, which the documents write themselves. */
const numberSign = /^\s*(?:№|N[oº]?\.?(?=\s*\d))\s*/u;

/** The number of an order: «112-од», also when written «№ 112-од» (printed «№ 112-од», never «№ № 112-од»). */
export const documentNumberSchema = requiredText('orderNumber', (value) => value.replace(numberSign, ''));

/** A council's protocol number, which may be blank, without its sign as documentNumberSchema. */
export const protocolNumberSchema = textSchema.transform((value) => value.replace(numberSign, ''));

/** Someone responsible: a key of `people` or free text («Кураторы, служба медиации»), or a list of them. */
export const personRefsSchema = z.union([z.string(), z.array(z.string()).min(1)]).meta({
  description: 'Ключ из people (например, spiridonova) или текст; можно списком: [spiridonova, bushina]',
});

/** A line of a list (a dash list, a numbered one, a list in a cell): a blank one would print a marker alone. */
export const listItemSchema = requiredText('listItem');

/** A cell of a table: a string, a list of strings, or a numbered list; `required` names a text it cannot lack. */
export function cellSchema(required?: TextName) {
  return z.union([
    required === undefined ? textSchema : requiredText(required),
    z.array(listItemSchema).meta({ description: 'Список внутри ячейки' }),
    z.strictObject({
      numbered: z.array(listItemSchema).meta({ description: 'Нумерованный список внутри ячейки' }),
    }),
  ]);
}

export const cellValueSchema = cellSchema();

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** «1 сентября», «01.09»: a day and a month, the year left out. */
const dayWithoutYear = /^\d{1,2}(?:\.\d{1,2}\.?|\s+[а-яё]+)$/iu;

/** Reads a date field: 2020-10-01, 01.10.2020 or «1 октября 2020 г.» → 'YYYY-MM-DD'; `words` are taken as they are. */
function dateField(words: readonly string[]) {
  return z.string().transform((value, ctx) => {
    const clean = value.trim();
    if (words.includes(clean)) return clean;
    const iso = isoDate.test(clean) ? clean : readRussianDate(clean);
    if (iso === undefined || !isValidIsoDate(iso)) {
      ctx.addIssue({
        code: 'custom',
        message: iso
          ? text.dateInvalid(value)
          : withLookalike(value, text.dateFormat(value, dayWithoutYear.test(clean))),
        input: value,
      });
      return z.NEVER;
    }
    return iso;
  });
}

/** The message on text that is no date: which letter stands for a digit, when one does («2025-О9-01»), else `message`. */
export function withLookalike(value: string, message: string): string {
  const found = findDigitLookalike(value);
  return found ? text.dateLookalike(value, found.letter, found.digit, found.cyrillic) : message;
}

/** A calendar date that exists (2021-02-30 does not), written 2020-10-01, 01.10.2020 or «1 октября 2020 г.». */
export const dateSchema = dateField([]).meta({
  description: 'Дата: 01.10.2020, 1 октября 2020 г. или 2020-10-01',
  examples: ['01.10.2020', '2020-10-01'],
});

/** A stamp's date: a date, `blank` for one written by hand, or `none` for a stamp without a date line. */
export const stampDateSchema = dateField(['blank', 'none']).meta({
  description:
    'Дата (01.10.2020, 1 октября 2020 г. или 2020-10-01), blank — место для даты от руки, none — без строки даты',
});

/** A date, or `blank` for a date written by hand: «___» ____________ 20__ г. */
export const dateOrBlankSchema = dateField(['blank']).meta({
  description:
    'Дата (01.10.2020, 1 октября 2020 г. или 2020-10-01) или blank — пустое место для даты от руки',
});
