import { formatPoint, termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import type { Term, TermPoint } from './schema/term.js';
import type { Report } from './validate.js';

/** A structured term must lie within `project.period` when the plan gives one (free text is never checked). */
export function checkTermInPeriod(term: Term, plan: Plan, path: (string | number)[], report: Report): void {
  const period = plan.project?.period;
  if (!period) return;
  const start = termBounds(period.from)?.start;
  const end = termBounds(period.to)?.end;
  if (!start || !end || start > end) return; // a reversed period is reported at project.period
  for (const point of termPoints(term)) {
    const bounds = termBounds(point);
    if (bounds && (bounds.end < start || bounds.start > end)) {
      report(path, text.termOutsidePeriod(toShown(point), `${toShown(period.from)} — ${toShown(period.to)}`));
      return;
    }
  }
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
