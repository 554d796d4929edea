import { dirname, isAbsolute } from 'node:path';
import { type Problem, UserError } from '../errors.js';
import { buildModels, generateFiles } from '../generate.js';
import { text } from '../messages.js';
import { documentIds } from '../plan/document-ids.js';
import { listOrganizationWordWarnings, mergeWordWarnings } from '../plan/organization-word-warnings.js';
import { parsePlan } from '../plan/parse-plan.js';
import { toPlanWarnings } from '../plan/plan-warnings.js';
import { suggest } from '../plan/suggest.js';
import { toOrganizationPlans } from '../plan/variants.js';
import type { Command } from './args.js';
import { limitHeapGrowthFor } from './heap-growth.js';
import { readPlan, toShownPath } from './plans.js';
import { writePackage } from './write-package.js';

export type PlanCommand = Extract<Command, { name: 'build' | 'check' }>;

/** One plan to check or build: plain data, so that it can be sent to a worker thread. */
export type PlanJob = {
  readonly path: string;
  readonly command: PlanCommand;
  readonly cwd: string;
  readonly createdAt?: Date | undefined;
};

/**
 * What one plan gives, as plain data: its report (what was built) and its problems, or, from a worker thread, the
 * text of an unexpected error (a bug), which the main thread raises again.
 */
export type PlanOutcome =
  | {
      readonly kind: 'done';
      readonly report: string;
      readonly problems: readonly Problem[];
      /** Shown, but the plan does not fail: a word wider than its column. */
      readonly warnings?: readonly Problem[];
    }
  | { readonly kind: 'crash'; readonly message: string; readonly stack?: string | undefined };

/** Checks or builds one plan; a UserError becomes the outcome's problems, any other error is thrown. */
export async function settlePlan(job: PlanJob): Promise<PlanOutcome> {
  try {
    const warnings: Problem[] = [];
    const outcome = await processPlan(job, (w) => warnings.push(toPlainProblem(w, job.cwd)));
    return { kind: 'done', ...outcome, ...(warnings.length > 0 ? { warnings } : {}) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const problems = e.problems.map((p) => toPlainProblem(p, job.cwd));
    return { kind: 'done', report: '', problems };
  }
}

async function processPlan(
  { path, command, cwd, createdAt }: PlanJob,
  warn: (warning: Problem) => void,
): Promise<{
  report: string;
  problems: Problem[];
}> {
  const { source, display, name } = readPlan(path, cwd);
  if (command.name === 'check') {
    // Every stage but rendering: a user template that fails or gives wrong markup fails here as in a build.
    // A network project: every organisation's documents, as build makes them, and counted as build counts them.
    const plan = parsePlan(source, display, dirname(path));
    toPlanWarnings(plan, source, display).forEach(warn);
    let count = 0;
    const words = toOrganizationPlans(plan).map(({ folder, plan: own }, position) => {
      const built = buildModels(own, { file: display, baseDir: dirname(path), createdAt });
      count += built.length;
      return listOrganizationWordWarnings(source, display, plan, position, { folder, built });
    });
    mergeWordWarnings(words).forEach(warn);
    return { report: `${text.checked(display, count)}\n`, problems: [] };
  }
  limitHeapGrowthFor(source.length, command.formats);
  const documents = await generateFiles(source, {
    file: display,
    baseDir: dirname(path),
    formats: command.formats,
    only: command.only,
    createdAt,
    warn,
  });
  if (command.only !== undefined && documents.length === 0) {
    const ids = documentIds(parsePlan(source, display, dirname(path)));
    const hint = suggest(command.only, ids);
    const message = text.noDocumentMatches(command.only, ids) + (hint ? `; ${text.didYouMean(hint)}` : '');
    throw new UserError([{ code: 'usage', message, file: display }]);
  }
  const { written, problems } = writePackage(
    documents,
    command.out,
    name,
    cwd,
    command.only !== undefined,
    createdAt,
  );
  const count = documents.filter((d) => d.kind === 'document').length;
  const shown = written.map((f) => `${text.built(toShownPath(f, cwd))}\n`);
  const report = `${text.builtPlan(display, count)}\n${shown.join('')}`;
  if (problems.length === 0) return { report, problems: [] };
  const located = problems.map((p) => ({ ...p, ...(p.file ? { file: toShownPath(p.file, cwd) } : {}) }));
  const summary = text.packageNotWritten(
    documents.reduce((n, d) => n + (d.docx ? 1 : 0) + (d.pdf ? 1 : 0), 0),
  );
  return { report: '', problems: [...located, { code: 'file-unwritable', message: summary }] };
}

/** A problem with only its own fields, safe to send between threads; a file inside the working folder by its path from there. */
function toPlainProblem({ code, message, file, line, column }: Problem, cwd: string): Problem {
  return { code, message, file: file && isAbsolute(file) ? toShownPath(file, cwd) : file, line, column };
}
