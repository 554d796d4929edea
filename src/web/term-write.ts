import { monthsGenitive } from '../language/dates.js';
import { readMonthInWords, splitDateRange } from '../language/read-date.js';
import { classifyPoint } from '../language/term-text.js';
import { toPlanTerm } from './term-cell.js';
import { toYamlScalar } from './yaml-scalar.js';

const years = /^(\d{4})\s*[–—-]\s*(\d{4})(?:\s*гг?\.?)?$/u;

/**
 * A term typed in a cell of the table of rows (as the document prints it, term-cell.ts showTerm), as the YAML the plan
 * holds (docs/format.md, «Сроки»): «октябрь 2026 г.» → "2026-10"; «до 15.11.2026» → `{ until: 2026-11-15 }`, «до мая
 * 2026 г.» → `{ until: 2026-05 }`; «с сентября 2025 г.» → `{ from: 2025-09 }`; «сентябрь – декабрь 2026 г.» →
 * `{ from: 2026-09, to: 2026-12 }`; «декабрь 2025 г., май 2026 г.» → `[2025-12, 2026-05]`. Anything else — a date
 * not in the calendar among it — is text as typed, which the plan's check reads and names as she wrote it.
 */
export function writePlanTerm(typed: string): string {
  const text = typed
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const point = readPoint(text);
  if (point !== undefined) return toYamlScalar(point);
  const bound = /^(до|с)\s+(.+)$/iu.exec(text);
  const bounded = bound && readPoint(bound[2]!);
  if (bound && bounded) return `{ ${bound[1]!.toLowerCase() === 'до' ? 'until' : 'from'}: ${bounded} }`;
  const range = readRange(text);
  if (range) return `{ from: ${range[0]}, to: ${range[1]} }`;
  const parts = text.split(/\s*[,;]\s*/);
  const points = parts.map(readPoint);
  if (parts.length > 1 && points.every((p) => p !== undefined)) return `[${points.join(', ')}]`;
  return toYamlScalar(text);
}

/** A date, month or year in the plan's form, when the calendar has it (a month also as «мая 2026 г.»). */
function readPoint(text: string): string | undefined {
  const point = toPlanTerm(text);
  if (classifyPoint(point) !== undefined) return point;
  return readMonthInWords(text, monthsGenitive);
}

/** «сентябрь – декабрь 2026 г.», «01.09.2025 – 15.09.2025», «2025–2026 гг.»: both points in the calendar. */
function readRange(text: string): readonly [string, string] | undefined {
  const y = years.exec(text);
  if (y) return [y[1]!, y[2]!];
  const points = splitDateRange(text)?.map(readPoint);
  return points?.every((p) => p !== undefined) ? (points as [string, string]) : undefined;
}
