import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formatProblem } from '../errors.js';
import { text } from '../messages.js';
import { recoverWorkFolders } from '../output/work-folders.js';
import { readCreationTime } from './creation-time.js';
import type { Io } from './main.js';
import { toShownPath } from './plans.js';
import { startPool } from './pool.js';
import type { PlanCommand, PlanJob, PlanOutcome } from './process-plan.js';
import { startProgress } from './progress.js';

/**
 * Checks or builds every plan file and prints each plan's report in the order of the files; 1 if any plan failed.
 * With several plans at once (countWorkers), worker threads build them and so does this thread, which takes plans
 * from the same queue while the workers warm up; otherwise this thread builds them one after another.
 */
export async function runPlans(files: readonly string[], command: PlanCommand, io: Io): Promise<number> {
  const workers = command.name === 'build' ? countWorkers(files.length, io.env) : 1;
  if (typeof workers !== 'number') {
    io.stderr(`gramota: ${workers.usage}\n`);
    return 2;
  }
  const createdAt = readCreationTime(io.env);
  if (createdAt !== undefined && 'usage' in createdAt) {
    io.stderr(`gramota: ${createdAt.usage}\n`);
    return 2;
  }
  const jobs: PlanJob[] = files.map((path) => ({ path, command, cwd: io.cwd, createdAt }));
  const stopCleanup = command.name === 'build' ? cleanUpOnInterrupt(resolve(io.cwd, command.out)) : () => {};
  const progress = startProgress(jobs.length, io, command.name === 'build' && io.isTty === true);
  const { settlePlan } = await import('./process-plan.js');
  const pool =
    workers > 1 ? startPool(jobs, workers - 1, progress.advance, undefined, settlePlan) : undefined;
  const settleHere = async (index: number) => {
    const outcome = await settlePlan(jobs[index]!);
    progress.advance();
    return outcome;
  };
  try {
    const settle = pool?.outcome ?? settleHere;
    let failed = false;
    for (let index = 0; index < jobs.length; index++) {
      const outcome = await settle(index);
      if (outcome.kind === 'crash') throw toInternalError(jobs[index]!, outcome);
      const problems = [...(outcome.warnings ?? []), ...outcome.problems]
        .map((p) => `${formatProblem(p)}\n`)
        .join('');
      progress.print(outcome.report, problems);
      failed ||= outcome.problems.length > 0;
    }
    return failed ? 1 : 0;
  } finally {
    progress.clear();
    await pool?.close();
    stopCleanup();
  }
}

const minCoresForThreads = 4;

/**
 * How many plans at once (this thread and workers): GRAMOTA_JOBS, or the number of cores from four cores up, at most
 * one per plan; 1 builds in this thread only. On two cores one build already keeps about 1.4 cores busy (V8 collects
 * garbage and compiles on its own threads), and a second thread measured no faster (README, «Команды»).
 */
function countWorkers(plans: number, env: Io['env']): number | { usage: string } {
  const value = env.GRAMOTA_JOBS?.trim();
  const cores = availableParallelism();
  if (!value) return cores >= minCoresForThreads ? Math.min(plans, cores) : 1;
  if (!/^\d+$/.test(value) || Number(value) < 1) return { usage: text.usageBadJobs(value) };
  return Math.min(plans, Number(value));
}

/** The exit code a shell expects after Ctrl-C. */
const interruptedCode = 130;

/**
 * On Ctrl-C, the working folders of this process in the output folder are removed before it exits, and a package
 * its swap had moved aside comes back; a package being written is finished first (writing is one synchronous step).
 * Node runs the handler between two steps of the build, so Ctrl-C waits for the current one (under a second for
 * usual plans). Other signals (`kill`, a closed terminal) stop the process at once, as Node does by default: what
 * they leave, the next run cleans. Returns the function that stops listening.
 */
function cleanUpOnInterrupt(out: string): () => void {
  const handler = () => {
    recoverWorkFolders(out, process.pid);
    process.exit(interruptedCode);
  };
  process.once('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

/** An unexpected error of a worker thread (a bug), named after its plan, with the worker's stack as its cause. */
function toInternalError(job: PlanJob, crash: Extract<PlanOutcome, { kind: 'crash' }>): Error {
  const cause = new Error(crash.message);
  cause.stack = crash.stack ?? crash.message;
  return new Error(text.internalError(toShownPath(job.path, job.cwd)), { cause });
}
