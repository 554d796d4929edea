import type { Problem } from '../errors.js';
import { checkRoadmap } from '../kinds/roadmap/check.js';
import { checkPlan } from './check-plan.js';
import { toProblems } from './issues.js';
import type { LoadedYaml } from './load.js';
import { locate } from './locate.js';
import { type Plan, planSchema } from './schema/plan.js';

/** Reports a problem at a YAML path of the plan. */
export type Report = (path: readonly (string | number)[], message: string, atKey?: boolean) => void;

/** Stage 2: plain data → Plan. Schema problems first; cross-checks only on a plan that has the right shape. */
export function validatePlan(loaded: LoadedYaml): Plan | readonly Problem[] {
  const parsed = planSchema.safeParse(loaded.data, { reportInput: true });
  if (!parsed.success) return toProblems(parsed.error.issues, loaded, planSchema).sort(byPosition);
  const problems: Problem[] = [];
  const report: Report = (path, message, atKey = false) =>
    problems.push({ code: 'reference-unknown', message, file: loaded.file, ...locate(loaded, path, atKey) });
  checkPlan(parsed.data, report);
  parsed.data.documents.forEach((doc, i) => {
    const at = ['documents', i];
    switch (doc.type) {
      case 'roadmap':
        return checkRoadmap(doc, parsed.data, at, report);
      default: {
        const _exhaustive: never = doc.type;
        return _exhaustive;
      }
    }
  });
  return problems.length > 0 ? problems.sort(byPosition) : parsed.data;
}

function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
