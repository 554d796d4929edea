import { UserError } from '../errors.js';
import { type LoadedYaml, loadYaml } from './load.js';
import { loadYamlFast } from './load-fast.js';
import type { Plan } from './schema/plan.js';
import { validatePlan } from './validate.js';

/** Thrown when the full reader finds a problem in a file the fast one read: the plan is read again in full. */
const readInFull = Symbol('read in full');

/**
 * Stages 1–2: plan text → validated Plan, or a UserError listing every problem of the file with its line.
 * `baseDir` is the plan file's folder (paths in the plan start there; default: the working folder).
 * A valid plan is read by the fast reader alone (load-fast.ts); positions are read only for a problem to report.
 */
export function parsePlan(source: string, file: string, baseDir = '.'): Plan {
  let full: LoadedYaml | readonly unknown[] | undefined;
  const readFull = () => {
    full ??= loadYaml(source, file);
    if (Array.isArray(full)) throw readInFull;
    return full as LoadedYaml;
  };
  const fast = loadYamlFast(source, file, readFull);
  if (fast !== undefined) {
    try {
      const plan = validatePlan(fast, baseDir);
      if (!Array.isArray(plan)) return plan as Plan;
      throw new UserError(plan);
    } catch (e) {
      if (e !== readInFull) throw e;
    }
  }
  const loaded = loadYaml(source, file);
  if (Array.isArray(loaded)) throw new UserError(loaded);
  const plan = validatePlan(loaded as Exclude<typeof loaded, readonly unknown[]>, baseDir);
  if (Array.isArray(plan)) throw new UserError(plan);
  return plan as Plan;
}
