import { type Problem, UserError } from '../../src/errors.js';
import { buildModels, type Format, generate } from '../../src/generate.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

/**
 * The contract for any plan text: it builds, or it fails with a UserError each of whose problems points at the
 * plan — `file`, and a `line` (and `column`) inside the text. Every problem a plan can cause has a line: file-level
 * ones (empty file, a list instead of keys) point at 1:1 (src/plan/load.ts), a missing key at the key of its parent
 * (src/plan/locate.ts). Template and markup problems must not arise from plan data at all. A plan that builds
 * must not print a JavaScript value that leaked in place of text (an inherited `constructor`, an object).
 */
const file = 'plan.yaml';
const planCodes: ReadonlySet<string> = new Set(['yaml-syntax', 'plan-invalid', 'reference-unknown']);
const createdAt = new Date('2021-01-01T00:00:00Z');
const leaks = ['[object ', '[native code]', 'Object', 'undefined', 'NaN'];

/** An error that names what went wrong and carries the plan, so a failing case can be replayed by hand. */
export function toCaseError(what: string, source: string): Error {
  return new Error(
    `${what}\n--- ${file}, as a JS string: ${JSON.stringify(source)}\n--- ${file} ---\n${source}`,
  );
}

/**
 * Whether a problem points inside the plan text: its file, a line of the text, a column of that line. Lines end as
 * an editor ends them: LF, CR LF or CR alone (an old Mac editor's file).
 */
export function isLocated(problem: Problem, source: string): boolean {
  const lines = source.split(/\r\n?|\n/);
  const { line, column } = problem;
  if (problem.file !== file || !planCodes.has(problem.code) || line === undefined) return false;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return false;
  return (
    column === undefined || (Number.isInteger(column) && column >= 1 && column <= lines[line - 1]!.length + 1)
  );
}

/** The document models of a plan: rendered in the given formats, or (none) only up to stage 5, which is faster. */
async function buildPlan(source: string, formats: readonly Format[]): Promise<unknown[]> {
  if (formats.length > 0) return (await generate(source, { file, formats, createdAt })).map((f) => f.model);
  const plan = parsePlan(source, file);
  return assemblePackage(plan, buildModels(plan, { createdAt })).map((f) => f.model);
}

/** Builds the plan and checks the outcome against the contract; returns the problem codes, if any. */
export async function expectBuiltOrLocated(source: string, formats: readonly Format[]): Promise<string[]> {
  let models: unknown[];
  try {
    models = await buildPlan(source, formats);
  } catch (error) {
    if (!(error instanceof UserError))
      throw toCaseError(`not a UserError: ${error instanceof Error ? error.stack : String(error)}`, source);
    const unlocated = error.problems.filter((p) => !isLocated(p, source));
    if (unlocated.length > 0) {
      const some = unlocated.slice(0, 3).map((p) => JSON.stringify(p));
      throw toCaseError(
        `${unlocated.length} problem(s) not located in the plan, e.g.:\n${some.join('\n')}`,
        source,
      );
    }
    return error.problems.map((p) => p.code);
  }
  const printed = JSON.stringify(models);
  const leak = leaks.find((s) => printed.includes(s) && !source.includes(s));
  if (leak) throw toCaseError(`built, but the documents print «${leak}»`, source);
  return [];
}
