import type { Plan } from './schema/plan.js';

export type Path = readonly (string | number)[];

/**
 * Every item of every list in the plan's documents, with its path and the key of its list («clauses», «list»,
 * «numbered», «items»…), depth first: what the checks of texts that gramota numbers or marks itself walk.
 */
export function forEachListItem(
  plan: Plan,
  visit: (item: unknown, path: Path, key: string | number) => void,
): void {
  const walk = (value: unknown, path: Path, key: string | number): void => {
    if (Array.isArray(value))
      value.forEach((item, i) => {
        visit(item, [...path, i], key);
        walk(item, [...path, i], key);
      });
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], k);
  };
  walk(plan.documents, ['documents'], 'documents');
}
