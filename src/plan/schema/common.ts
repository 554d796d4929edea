import { z } from 'zod';
import { isValidIsoDate } from '../../language/dates.js';
import { text } from '../../messages.js';

/** A key of `people` or of `documents`: Latin lower case, digits, `-`, `_` (FORMAT.md, «Whole file»). */
export const keyPattern = /^[a-z][a-z0-9_-]*$/;

/** A text value; YAML numbers are accepted and kept as written («5», «2021»). */
export const textSchema = z.union([z.string(), z.number().transform(String)]).meta({ description: 'Текст' });

/** Someone responsible: a key of `people` or free text («Кураторы, служба медиации»), or a list of them. */
export const personRefsSchema = z.union([z.string(), z.array(z.string()).min(1)]).meta({
  description: 'Ключ из people (например, spiridonova) или текст; можно списком: [spiridonova, bushina]',
});

/** A cell of a table: a string, a list of strings, or a numbered list. */
export const cellValueSchema = z.union([
  textSchema,
  z.array(textSchema).meta({ description: 'Список внутри ячейки' }),
  z.strictObject({
    numbered: z.array(textSchema).meta({ description: 'Нумерованный список внутри ячейки' }),
  }),
]);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date 'YYYY-MM-DD' that exists (2021-02-30 does not). */
export const dateSchema = z
  .string()
  .regex(isoDate, { error: text.dateFormat })
  .refine(isValidIsoDate, { error: (issue) => text.dateInvalid(issue.input) })
  .meta({ description: 'Дата в виде ГГГГ-ММ-ДД, например 2020-10-01', examples: ['2020-10-01'] });

/** A date, or `blank` for a date written by hand: «___» ____________ 20__ г. */
export const dateOrBlankSchema = z.union([z.literal('blank'), dateSchema]).meta({
  description: 'Дата ГГГГ-ММ-ДД или blank — пустое место для даты от руки',
});
