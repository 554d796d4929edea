import { z } from 'zod';
import { isValidIsoDate } from '../../language/dates.js';
import { findDigitLookalike } from '../../language/digit-lookalikes.js';
import {
  looksLikeBrokenDate,
  readRussianTermPoint,
  readRussianUntil,
  splitDateRange,
} from '../../language/read-date.js';
import { termBounds } from '../../language/terms.js';
import { text } from '../../messages.js';
import { describeTermForm } from '../term-form.js';
import { findTermTextSlip } from '../term-slips.js';

/**
 * A term (срок): a date, a month, a year, a range, «до …», a list of them, or free text (FORMAT.md, «Terms»).
 * Structured points are checked here; text that reads as a range of two points is that range; other free text is
 * accepted as written.
 */
const pointPattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * What a term point takes before it is read: any number or text, so that `15.09` (a date YAML reads as a number) gets
 * the message on terms. The published JSON Schema shows the narrower form, a year or text (plan/json-schema.ts).
 */
export const termPointInput = z.union([z.number(), z.string()]);

export const termPointSchema = termPointInput
  .transform((value, ctx) => {
    // YAML reads `2021` and also `15.09` (a date without its year) and `202` as numbers: only a year is one.
    if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 1900 && value <= 2100) return value;
      const form = String(value);
      ctx.addIssue({
        code: 'custom',
        message: describeTermForm(form),
        input: value,
        params: { termForm: form },
      });
      return z.NEVER;
    }
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: text.notAllowedEmpty, input: value });
      return z.NEVER;
    }
    const read = readPoint(value);
    if ('problem' in read) {
      // A term in no form is told again with the plan's years (issues.ts), which the schema does not know.
      const params = read.form === undefined ? undefined : { termForm: read.form };
      ctx.addIssue({ code: 'custom', message: read.problem, input: value, ...(params && { params }) });
      return z.NEVER;
    }
    return read.point;
  })
  .meta({
    description:
      'Дата 01.10.2021 или 2021-10-01, месяц 2021-10 («октябрь 2021 г.»), год 2021 или текст («ежегодно», «весь период»)',
  });

const rangeSchema = z
  .strictObject({
    from: termPointSchema.optional().meta({ description: 'Начало: дата, месяц или год' }),
    to: termPointSchema.optional().meta({ description: 'Окончание: дата, месяц или год' }),
    until: termPointSchema.optional().meta({ description: 'Срок «до …»' }),
  })
  .superRefine((range, ctx) => {
    if (range.until !== undefined && (range.from !== undefined || range.to !== undefined)) {
      ctx.addIssue({ code: 'custom', message: text.termUntilWithRange, path: ['until'] });
    } else if (range.until === undefined && range.from === undefined) {
      ctx.addIssue({ code: 'custom', message: text.termEmptyRange });
    } else if (range.from !== undefined && range.to !== undefined) {
      const start = termBounds(range.from)?.start;
      const end = termBounds(range.to)?.end;
      if (start && end && start > end)
        ctx.addIssue({ code: 'custom', message: text.termReversed, path: ['to'] });
    }
  });

export const termSchema = z
  .preprocess(readRangeText, z.union([termPointSchema, rangeSchema, z.array(termPointSchema).min(1)]))
  .meta({
    description:
      'Срок: 2021-10-01, 2021-10, 2021, { from: 2021-09, to: 2021-10 }, { until: 2020-10-12 }, [2020-12, 2021-05] или текст',
  });

export type TermPoint = z.infer<typeof termPointSchema>;
export type Term = z.infer<typeof termSchema>;

/**
 * A term written as one text that reads as a range of two points in order — «сентябрь — декабрь 2026»,
 * «01.09.2025 – 15.09.2025», «2026-2027 гг.» — is that range, printed and checked as `{ from, to }` would be
 * («сентябрь – декабрь 2026 г.»); «до 20 декабря 2025» is `{ until: 2025-12-20 }`, printed in the document's date
 * style. Any other value is left to the schema, which tells what is wrong with it.
 */
function readRangeText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const range = readRange(value.trim()) ?? readUntil(value.trim());
  return range !== undefined && !('problem' in range) ? range : value;
}

/** The deadline a text «до …» names, or why it names none though it reads as one; undefined for any other text. */
function readUntil(clean: string): { until: string } | { problem: string } | undefined {
  const point = readRussianUntil(clean);
  if (point === undefined) return undefined;
  if (point.length === 10 && !isValidIsoDate(point))
    return { problem: findTermTextSlip(clean) ?? text.dateInvalid(clean.replace(/^до\s+/iu, '')) };
  return { until: point };
}

/** The range a text names, or why it names none though it reads as two points; undefined for any other text. */
function readRange(clean: string): { from: string; to: string } | { problem: string } | undefined {
  const points = splitDateRange(clean);
  if (points === undefined) return undefined;
  const [from, to] = [readPoint(points[0]), readPoint(points[1])];
  // A date not in the calendar is named as written («31.09.2026») when the text's slips find it.
  if ('problem' in from) return { problem: findTermTextSlip(clean) ?? from.problem };
  if ('problem' in to) return { problem: findTermTextSlip(clean) ?? to.problem };
  if (termBounds(from.point)!.start > termBounds(to.point)!.end)
    return { problem: text.termTextReversed(clean) };
  return { from: from.point, to: to.point };
}

/** A point in the plan's form, or why text that looks like a date is none (free text passes as written). */
function readPoint(value: string): { point: string } | { problem: string; form?: string } {
  const clean = value.trim();
  const point = pointPattern.test(clean) ? clean : readRussianTermPoint(clean);
  if (point !== undefined) {
    const [, m, d] = point.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return { problem: text.monthInvalid(value) };
    if (d !== undefined && !isValidIsoDate(point)) return { problem: text.dateInvalid(value) };
    return { point };
  }
  const lookalike = findDigitLookalike(clean);
  if (lookalike)
    return { problem: text.dateLookalike(value, lookalike.letter, lookalike.digit, lookalike.cyrillic) };
  // Where a point is wanted (from, to, until, a list), a range is written out; at a term's top level it is read.
  const range = readRange(clean);
  if (range)
    return 'problem' in range ? range : { problem: text.termRangeAsText(value, range.from, range.to) };
  // «до …» in a list of terms, or in from/to, stays text; one not in the calendar is named wherever it stands.
  const until = readUntil(clean);
  if (until !== undefined && 'problem' in until) return until;
  if (looksLikeBrokenDate(clean)) return { problem: describeTermForm(value), form: value };
  const slip = findTermTextSlip(clean);
  return slip === undefined ? { point: value } : { problem: slip };
}
