import type { Plan } from './schema/plan.js';

/**
 * Every text of the plan, each once, in the order of the file: what its documents will typograph
 * (language/typography.ts, typographAhead), with keys, dates and references among them, which cost next to nothing.
 */
export function listPlanTexts(plan: Plan): Set<string> {
  const texts = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(plan);
  return texts;
}
