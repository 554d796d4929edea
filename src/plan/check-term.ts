import { formatPoint, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import type { Term, TermPoint } from './schema/term.js';
import type { Report } from './validate.js';

/**
 * A structured term must lie within `project.period` when the plan gives one (free text is never checked).
 * Returns whether it was reported.
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
  if (outside !== undefined)
    report(path, text.termOutsidePeriod(toShown(outside), `${toShown(period.from)} — ${toShown(period.to)}`));
  return outside !== undefined;
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
): void {
  if (typeof stage.term === 'object' && !Array.isArray(stage.term) && stage.term.until !== undefined) return;
  const own = termBounds(term);
  const span = termBounds(stage.term);
  if (!own || !span || span.start > span.end) return;
  if (own.end < span.start || own.start > span.end) {
    const shown = termPoints(term).map(toShown);
    report(path, text.termOutsideStage([...new Set(shown)].join(' – '), stage.title));
  }
}

/** The first point of a term outside a span from `from` to `to`; none when all are in it or it cannot be told. */
function findOutside(term: Term, { from, to }: { from: TermPoint; to: TermPoint }): TermPoint | undefined {
  const start = termBounds(from)?.start;
  const end = termBounds(to)?.end;
  if (!start || !end || start > end) return undefined; // a reversed span is reported where it is written
  return termPoints(term).find((point) => {
    const bounds = termBounds(point);
    return bounds !== undefined && (bounds.end < start || bounds.start > end);
  });
}

/** A term point in words for a message («декабрь 2021 г.»), with plain spaces for the terminal. */
function toShown(point: TermPoint): string {
  return formatPoint(point, 'words').replace(/\u00A0/g, ' ');
}

function termPoints(term: Term): TermPoint[] {
  if (Array.isArray(term)) return term;
  if (typeof term === 'object') return [term.from, term.to, term.until].filter((p) => p !== undefined);
  return [term];
}
