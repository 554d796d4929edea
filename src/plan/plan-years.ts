/**
 * The years a plan is about, for the examples and suggestions of its messages: a term's example in the plan's own
 * years («01.09.2026», not «01.09.2020»), a date typed without its year completed with the right one. Read from the
 * plan as written (it may not have passed the schema): `project.period`, else the date of the document a path is in
 * (an order's date, an approval's), else any document's; undefined when the plan names no year.
 */
export type PlanYears = {
  readonly first: number;
  readonly last: number;
  /** The month the plan starts in, 1–12. */
  readonly month: number;
  /** The first day the plan's terms may fall on, ISO: the period's start or the document's date. */
  readonly start: string;
  /** The last such day, ISO, when the plan has a period. */
  readonly end?: string | undefined;
};

export function findPlanYears(data: unknown, path: readonly PropertyKey[] = []): PlanYears | undefined {
  const plan = asRecord(data);
  const period = asRecord(asRecord(plan?.project)?.period);
  const from = readPoint(period?.from);
  const to = readPoint(period?.to);
  if (from !== undefined) {
    const last = to?.year ?? from.year;
    const end = to === undefined ? undefined : `${to.year}-${pad(to.month ?? 12)}-${pad(to.day ?? 31)}`;
    return { first: from.year, last, month: from.month ?? 9, start: toIso(from), end };
  }
  const documents = Array.isArray(plan?.documents) ? (plan.documents as unknown[]) : [];
  const own = path[0] === 'documents' && typeof path[1] === 'number' ? [documents[path[1]]] : [];
  for (const doc of [...own, ...documents]) {
    const record = asRecord(doc);
    const date = readPoint(record?.date) ?? readPoint(asRecord(record?.approval)?.date);
    if (date !== undefined)
      return { first: date.year, last: date.year + 1, month: date.month ?? 9, start: toIso(date) };
  }
  return undefined;
}

/** The year a day and month without one fall in: the first of the plan's years that puts it within the plan. */
export function chooseYear(years: PlanYears, month: number, day: number): number {
  for (let year = years.first; year <= years.last; year++) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    if (iso >= years.start && (years.end === undefined || iso <= years.end)) return year;
  }
  return years.first;
}

type Point = { year: number; month?: number; day?: number };

/** 2026, «2026-09», «2026-09-01», «01.09.2026», «сентябрь 2026 г.» (its year only). */
function readPoint(value: unknown): Point | undefined {
  const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
  if (iso) return toPoint(iso[1]!, iso[2], iso[3]);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
  if (dotted) return toPoint(dotted[3]!, dotted[2], dotted[1]);
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(written);
  return year ? { year: Number(year[1]) } : undefined;
}

function toPoint(year: string, month: string | undefined, day: string | undefined): Point {
  return {
    year: Number(year),
    ...(month !== undefined && { month: Number(month) }),
    ...(day !== undefined && { day: Number(day) }),
  };
}

function toIso(point: Point): string {
  return `${point.year}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
