import { UserError } from '../../src/errors.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

/** Parses a plan and returns its problems as «line:col: message» strings (none for a valid plan). */
export function problemsOf(source: string): string[] {
  try {
    parsePlan(source, 'plan.yaml');
    return [];
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
  }
}
