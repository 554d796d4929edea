import type { ScheduleScale } from './schema.js';

/**
 * The time columns of a calendar plan-graph. Months are counted from year 0 (year × 12 + month − 1) so that a
 * span of months is two integers and overlaps are comparisons.
 */
export type MonthSpan = { readonly first: number; readonly last: number };

export type TimeColumn = MonthSpan & {
  readonly year: number;
  /** What the column's header cell says: «янв» or «3» for a month, «I»…«IV» for a quarter, «2025» for a year. */
  readonly label: string;
};

const monthAbbreviations = [
  'янв',
  'фев',
  'мар',
  'апр',
  'май',
  'июн',
  'июл',
  'авг',
  'сен',
  'окт',
  'ноя',
  'дек',
];
const romanQuarters = ['I', 'II', 'III', 'IV'];

/** 'YYYY-MM-DD' or 'YYYY-MM' → its month number. */
export function toMonthIndex(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
}

/** Months up to 24, quarters up to 6 years, years beyond (docs/format.md, «Календарный план-график»). */
export function chooseScale(period: MonthSpan): ScheduleScale {
  const months = period.last - period.first + 1;
  return months <= 24 ? 'months' : months <= 72 ? 'quarters' : 'years';
}

/** The columns of the period at a scale; a quarter or a year cut by the period's ends covers only its months in it. */
export function toTimeColumns(period: MonthSpan, scale: ScheduleScale, monthNames: boolean): TimeColumn[] {
  const size = scale === 'months' ? 1 : scale === 'quarters' ? 3 : 12;
  const columns: TimeColumn[] = [];
  for (let start = period.first - (period.first % size); start <= period.last; start += size) {
    const first = Math.max(start, period.first);
    const last = Math.min(start + size - 1, period.last);
    const year = Math.floor(start / 12);
    const inYear = start % 12;
    const label =
      scale === 'years'
        ? String(year)
        : scale === 'quarters'
          ? romanQuarters[inYear / 3]!
          : monthNames
            ? monthAbbreviations[inYear]!
            : String(inYear + 1);
    columns.push({ first, last, year, label });
  }
  return columns;
}

/** Consecutive columns of the same year: the header row above the months or quarters. */
export function groupByYear(columns: readonly TimeColumn[]): { year: number; span: number }[] {
  const groups: { year: number; span: number }[] = [];
  for (const column of columns) {
    const last = groups.at(-1);
    if (last?.year === column.year) last.span += 1;
    else groups.push({ year: column.year, span: 1 });
  }
  return groups;
}
