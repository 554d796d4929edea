import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Job, MeasureKind, WorkerResult } from './worker.js';

const workerPath = join(import.meta.dirname, 'worker.ts');
/** tsx's loader by file URL: `--import tsx` by bare name does not resolve when the working folder is elsewhere. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;

/** Runs a child process to its end; rejects with its output when it fails. */
export function runProcess(command: string, args: readonly string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve(ms);
      else reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** What every run of a measurement shares; each run gets its own output folder and result file. */
export type JobSpec = {
  readonly kind: MeasureKind;
  readonly input: string;
  readonly name: string;
  readonly fontsDir: string;
};

/** One measurement in a fresh Node process with tsx's loader; the process's own output is shown only on failure. */
export async function runWorker(spec: JobSpec, tmp: string): Promise<WorkerResult> {
  const out = mkdtempSync(join(tmp, `${spec.kind}-`));
  const job: Job = { ...spec, out, result: join(out, 'result.json') };
  try {
    await runProcess(process.execPath, ['--import', tsxLoader, workerPath, JSON.stringify(job)], tmp);
    return JSON.parse(readFileSync(job.result, 'utf8')) as WorkerResult;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
