import { Worker } from 'node:worker_threads';
import type { PlanJob, PlanOutcome } from './process-plan.js';

/** Plans being built on worker threads: each plan's outcome by its index, and a way to stop every worker. */
export type PlanPool = {
  readonly outcome: (index: number) => Promise<PlanOutcome>;
  readonly close: () => Promise<void>;
};

/** Builds one plan in this thread (settlePlan), so that this thread works too instead of waiting. */
export type LocalRunner = (job: PlanJob) => Promise<PlanOutcome>;

/**
 * Starts `size` workers that take the plans in order, one at a time each, and, with `local`, this thread takes
 * plans from the same queue while they warm up. `onSettled` is called as each plan ends. A worker that fails (an
 * unexpected error, a crash) settles its plan as a 'crash', and no further plans start.
 */
export function startPool(
  jobs: readonly PlanJob[],
  size: number,
  onSettled: () => void,
  createWorker: () => Worker = createBuildWorker,
  local?: LocalRunner,
): PlanPool {
  const outcomes = jobs.map(() => createDeferred<PlanOutcome>());
  const isSettled = jobs.map(() => false);
  let next = 0;
  let isClosed = false;
  const settle = (index: number, outcome: PlanOutcome) => {
    if (isSettled[index] || isClosed) return;
    isSettled[index] = true;
    if (outcome.kind === 'crash') next = jobs.length;
    onSettled();
    outcomes[index]!.resolve(outcome);
  };
  const workers = Array.from({ length: Math.min(size, jobs.length) }, () => {
    const worker = createWorker();
    let current: number | undefined;
    const feed = () => {
      current = next < jobs.length ? next++ : undefined;
      if (current === undefined) void worker.terminate();
      else worker.postMessage(jobs[current]);
    };
    const fail = (error: Error) => {
      if (current !== undefined)
        settle(current, { kind: 'crash', message: error.message, stack: error.stack });
      current = undefined;
    };
    worker.on('message', (outcome: PlanOutcome) => {
      if (current !== undefined) settle(current, outcome);
      feed();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit code ${code})`)));
    feed();
    return worker;
  });
  const runLocally = async (run: LocalRunner) => {
    while (next < jobs.length && !isClosed) {
      const index = next++;
      try {
        settle(index, await run(jobs[index]!));
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        settle(index, { kind: 'crash', message: error.message, stack: error.stack });
      }
    }
  };
  if (local) void runLocally(local);
  return {
    outcome: (index) => outcomes[index]!.promise,
    close: async () => {
      isClosed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * The build worker next to this module: compiled JavaScript in dist/, or, when gramota runs from its TypeScript
 * sources (tests), the .ts file loaded through tsx. Node 20 does not apply `--import` loaders to worker threads, so
 * that worker registers tsx itself before importing the source.
 */
function createBuildWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./build-worker.js', import.meta.url));
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const source = JSON.stringify(new URL('./build-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${source}); });`, {
    eval: true,
  });
}

function createDeferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
