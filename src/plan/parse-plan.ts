import { UserError } from '../errors.js';
import { loadYaml } from './load.js';
import type { Plan } from './schema/plan.js';
import { validatePlan } from './validate.js';

/**
 * Stages 1–2: plan text → validated Plan, or a UserError listing every problem of the file with its line.
 * `baseDir` is the plan file's folder (paths in the plan start there; default: the working folder).
 */
export function parsePlan(source: string, file: string, baseDir = '.'): Plan {
  const loaded = loadYaml(source, file);
  if (Array.isArray(loaded)) throw new UserError(loaded);
  const plan = validatePlan(loaded as Exclude<typeof loaded, readonly unknown[]>, baseDir);
  if (Array.isArray(plan)) throw new UserError(plan);
  return plan as Plan;
}
