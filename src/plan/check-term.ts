import type { DateStyle } from '../language/dates.js';
import { readTermSpans } from '../language/term-spans.js';
import { formatPoint, formatTerm, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import type { Term, TermPoint } from './schema/term.js';
import type { Report } from './validate.js';

/**
 * A term must lie within `project.period` when the plan gives one: a structured term, and a text that reads as dates
 * («сент. 2026», «IV квартал 2026 г.», «2026–2027 уч. год», language/term-spans.ts); text that does not («в течение
 * года», «ежегодно») is not checked. An error, after the period as before it: the roadmap and the orders plan the
 * project's own work, so a term past its end is almost always the year mistyped (2027 for 2026), and one before its
 * start is left from last year's plan — either would print a wrong official document. Returns whether it was reported.
 */
export function checkTermInPeriod(
  term: Term,
  plan: Plan,
  path: (string | number)[],
  report: Report,
): boolean {
  const period = plan.project?.period;
  if (!period) return false;
  const outside = findOutside(term, period);
  if (outside === undefined) return false;
  const style = plan.settings?.date_style ?? 'numeric';
  const shown = Array.isArray(term) ? toShown(outside.point, style) : toShownTerm(term, style);
  report(
    path,
    text.termOutsidePeriod(
      shown,
      `${toShown(period.from, style)} — ${toShown(period.to, style)}`,
      outside.after,
    ),
  );
  return true;
}

/**
 * An item's structured term must meet its stage's, when the stage has one from a month or a day to another:
 * «Участие в конкурсе» of September under «Основной этап (ноябрь 2025 г. – май 2026 г.)» contradicts its stage
 * in the roadmap and in the plan-graph drawn from it. A term that only runs past its stage's start or end is
 * common in real plans (work begun in one stage and finished in the next) and passes.
 */
export function checkTermInStage(
  term: Term,
  stage: { readonly title: string; readonly term: Term },
  path: (string | number)[],
  report: Report,
  style: DateStyle,
): void {
  if (typeof stage.term === 'object' && !Array.isArray(stage.term) && stage.term.until !== undefined) return;
  const own = termBounds(term);
  const span = termBounds(stage.term);
  if (!own || !span || span.start > span.end) return;
  if (own.end < span.start || own.start > span.end) {
    report(path, text.termOutsideStage(toShownTerm(term, style), stage.title));
  }
}

/**
 * A clause's term must not have passed when its order is signed: an order of 01.09.2025 whose clause says «Срок: до
 * 15 августа 2025 г.» asks for what can no longer be done. Every deadline of the term counts (each date of a list,
 * the end of a range, «до …»); a start alone («с …») may lie before the order. (A roadmap's «до …» before its
 * approval is no such slip: real plans list there what was prepared before they were approved.)
 */
export function checkTermAfterOrder(
  term: Term,
  date: string,
  path: (string | number)[],
  report: Report,
): void {
  const late = listDeadlines(term).find((deadline) => {
    const end = termBounds(deadline)?.end;
    return end !== undefined && end < date;
  });
  if (late !== undefined)
    report(path, text.deadlineBeforeOrder(formatTerm(late, 'words').replace(/\u00A0/g, ' '), date));
}

/** The deadlines of a term: each point of a list, the end of a range, «до …»; a start alone is none. */
function listDeadlines(term: Term): Term[] {
  if (Array.isArray(term)) return term;
  if (typeof term !== 'object') return [term];
  if (term.to !== undefined) return [term.to];
  return term.until === undefined ? [] : [{ until: term.until }];
}

/**
 * The first point of a term outside a span from `from` to `to`, and whether it lies after it; none when all are in it
 * or it cannot be told. A point written as text is outside when any part of it is (a range's start or end, a term of
 * a list), as a structured term's points are.
 */
function findOutside(
  term: Term,
  { from, to }: { from: TermPoint; to: TermPoint },
): { point: TermPoint; after: boolean } | undefined {
  const start = termBounds(from)?.start;
  const end = termBounds(to)?.end;
  if (!start || !end || start > end) return undefined; // a reversed span is reported where it is written
  for (const point of termPoints(term)) {
    const bounds = termBounds(point);
    const spans = bounds ? [bounds] : typeof point === 'string' ? (readTermSpans(point) ?? []) : [];
    const span = spans.find((s) => s.end < start || s.start > end);
    if (span !== undefined) return { point, after: span.start > end };
  }
  return undefined;
}

/**
 * A term point for a message as the documents print it in the plan's date style («28.01.2027», «декабрь 2021 г.»),
 * with plain spaces for the terminal.
 */
function toShown(point: TermPoint, style: DateStyle): string {
  return formatPoint(point, style).replace(/\u00A0/g, ' ');
}

/** A whole term as the documents print it: «до 28.01.2027», «сентябрь – декабрь 2026 г.». */
function toShownTerm(term: Term, style: DateStyle): string {
  return formatTerm(term, style).replace(/\u00A0/g, ' ');
}

function termPoints(term: Term): TermPoint[] {
  if (Array.isArray(term)) return term;
  if (typeof term === 'object') return [term.from, term.to, term.until].filter((p) => p !== undefined);
  return [term];
}
