import { text } from '../messages.js';
import { forEachListItem, type Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * A clause (of an order or a regulation) that ends with «:» and has nothing after it: no `list`, no `clauses`, no
 * person or document it names.
 * Printed, it would announce a list that is not there («…руководствуется:» straight above the next clause).
 */
export function checkDanglingColons(plan: Plan, report: Report): void {
  forEachListItem(plan, (item, path, key) => {
    if (key === 'clauses') checkClause(item, path, report);
  });
}

function checkClause(clause: unknown, at: Path, report: Report): void {
  if (typeof clause === 'string') {
    if (clause.trimEnd().endsWith(':')) report(at, text.colonWithNothingAfter);
    return;
  }
  const own = clause as Record<string, unknown> | null;
  if (own === null || typeof own !== 'object' || typeof own.text !== 'string') return;
  // The person appointed or the document approved follows the text: a colon there announces them.
  const followed = ['list', 'clauses', 'person', 'approve'].some((key) => own[key] !== undefined);
  if (own.text.trimEnd().endsWith(':') && !followed) report([...at, 'text'], text.colonWithNothingAfter);
}
