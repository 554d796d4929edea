// A worker thread of `gramota build`: builds the plans the main thread sends, one at a time, and answers each with
// its outcome as plain data. It writes the plan's files itself (each plan has its own output folder).
import { parentPort } from 'node:worker_threads';
import { type PlanJob, type PlanOutcome, settlePlan } from './process-plan.js';

const port = parentPort;
if (!port) throw new Error('build-worker.js runs only as a worker thread of gramota');

port.on('message', async (job: PlanJob) => {
  port.postMessage(await settleSafely(job));
});

/** The plan's outcome; an unexpected error (a bug) travels back as its message and stack. */
async function settleSafely(job: PlanJob): Promise<PlanOutcome> {
  try {
    return await settlePlan(job);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return { kind: 'crash', message: error.message, stack: error.stack };
  }
}
