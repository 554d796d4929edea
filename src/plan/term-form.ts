import { text } from '../messages.js';
import { chooseYear, findPlanYears, type PlanYears } from './plan-years.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Why a term that looks like a date is no form gramota reads, with examples in the plan's own years: a short year
 * («01.09.26») is the full date «01.09.2026», a day and month without a year («15.09») that date in the year the plan
 * puts it in, a month «10.2026» is «октябрь 2026 г.»; anything else gets the forms of a date, month, year and range
 * in the plan's first year. Without `years` (a plan that names no year), the term's own year or the current one.
 */
export function describeTermForm(value: string, years?: PlanYears): string {
  const v = value.trim();
  const month = /^(\d{1,2})[./](\d{4})$/.exec(v);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return text.termMonthForm(value, Number(month[2]), Number(month[1]));
  const short = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/.exec(v);
  if (short && isDay(short[1]!, short[2]!))
    return text.termShortYear(value, `${pad(Number(short[1]))}.${pad(Number(short[2]))}.20${short[3]}`);
  const own = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(v);
  const fallback = own ? Number(own[1]) : new Date().getFullYear();
  const plan = years ?? { first: fallback, last: fallback, month: 9, start: `${fallback}-01-01` };
  const dayMonth = /^(\d{1,2})\.(\d{1,2})$/.exec(v);
  if (dayMonth && isDay(dayMonth[1]!, dayMonth[2]!)) {
    const [day, m] = [Number(dayMonth[1]), Number(dayMonth[2])];
    const year = chooseYear(plan, m, day);
    return text.termWithoutYear(value, `${pad(day)}.${pad(m)}.${year}`, `${year}-${pad(m)}-${pad(day)}`);
  }
  return text.termForm(value, years === undefined && own === null ? fallback : plan.first, plan.month);
}

function isDay(day: string, month: string): boolean {
  return Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;
}

/**
 * The message of a term in no form, told again with the years of the plan it is in: the schema that finds it marks
 * it (`params.termForm`) but does not know the plan. Undefined for any other custom issue.
 */
export function retellTermForm(
  params: Readonly<Record<string, unknown>> | undefined,
  data: unknown,
  path: readonly PropertyKey[],
): string | undefined {
  const form = params?.termForm;
  return typeof form === 'string' ? describeTermForm(form, findPlanYears(data, path)) : undefined;
}
