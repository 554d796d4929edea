import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startPool } from '../../src/cli/pool.js';
import type { PlanJob } from '../../src/cli/process-plan.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('pool');

const command = { name: 'check', plans: [] } as const;

/** A folder with one good plan; jobs to check it. */
function createJobs(count: number): PlanJob[] {
  const cwd = fresh();
  writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
  return Array.from({ length: count }, () => ({ path: join(cwd, 'plan.yaml'), command, cwd }));
}

describe('the worker pool', () => {
  it('settles every plan and counts them as they end', { timeout: 60_000 }, async () => {
    let settled = 0;
    const pool = startPool(createJobs(3), 2, () => settled++);
    const outcomes = await Promise.all([0, 1, 2].map(pool.outcome));
    await pool.close();
    expect(outcomes).toEqual(
      Array(3).fill({ kind: 'done', report: 'plan.yaml: ошибок нет, документов — 1\n', problems: [] }),
    );
    expect(settled).toBe(3);
  });

  it('lets this thread take plans from the same queue, each plan settled once', {
    timeout: 60_000,
  }, async () => {
    const jobs = createJobs(4);
    const local: number[] = [];
    let settled = 0;
    const pool = startPool(
      jobs,
      1,
      () => settled++,
      undefined,
      async (job) => {
        local.push(jobs.indexOf(job));
        await new Promise((r) => setTimeout(r, 5));
        return { kind: 'done', report: 'здесь\n', problems: [] };
      },
    );
    const outcomes = await Promise.all([0, 1, 2, 3].map(pool.outcome));
    await pool.close();
    expect(settled).toBe(4);
    expect(local.length).toBeGreaterThan(0);
    // Plans this thread built report 'здесь'; the worker's are real checks.
    outcomes.forEach((outcome, i) => {
      expect(outcome).toMatchObject({
        kind: 'done',
        report: local.includes(i) ? 'здесь\n' : expect.stringContaining('ошибок нет'),
      });
    });
  });

  it('sends an unexpected error of the build worker back as its message and stack', {
    timeout: 60_000,
  }, async () => {
    const [job] = createJobs(1);
    const pool = startPool([{ ...job!, cwd: undefined as unknown as string }], 1, () => {});
    const outcome = await pool.outcome(0);
    await pool.close();
    expect(outcome).toMatchObject({ kind: 'crash', message: expect.stringContaining('"from" argument') });
    expect(outcome.kind === 'crash' && outcome.stack).toMatch(/\n\s+at /);
  });

  it('turns a worker that throws or stops into a crash of its plan, and starts no further plans', async () => {
    const throwing =
      "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); })";
    for (const [code, message] of [
      [throwing, 'boom'],
      ['process.exit(3)', 'worker thread stopped (exit code 3)'],
    ] as const) {
      let started = 0;
      const pool = startPool(
        createJobs(3),
        1,
        () => {},
        () => {
          started++;
          return new Worker(code, { eval: true });
        },
      );
      expect(await pool.outcome(0)).toMatchObject({ kind: 'crash', message });
      await pool.close();
      expect(started).toBe(1);
    }
  });
});
