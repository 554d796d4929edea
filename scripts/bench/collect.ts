import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractContent } from './content.js';
import { type JobSpec, runWorker } from './run-worker.js';
import { stageNames } from './stage-names.js';
import { median } from './stopwatch.js';
import type { MeasureKind, WorkerResult } from './worker.js';
import type { Workload } from './workloads.js';

/** Medians over the runs of one measurement; every run was a fresh process. */
export type Summary = {
  readonly ms: number;
  /** Milliseconds per stage (median of each stage on its own). */
  readonly stages: Record<string, number>;
  /** CPU milliseconds of the timed part (median of the runs' totals). */
  readonly cpuMs: number;
  readonly moduleMs: number;
  readonly rssMb: number;
  readonly bytes: number;
  readonly runs: readonly WorkerResult[];
};

export type WorkloadResult = {
  readonly name: string;
  readonly rows?: number;
  /** gramota one stage at a time; `ms` is the sum of the stage medians. */
  readonly stages: Summary;
  /** generate() and the CLI's writePackage: gramota's total. */
  readonly generate: Summary;
  /** Raw library floors on the same text (generated roadmaps only). */
  readonly floors?: Readonly<Record<'docx' | 'pdfmake' | 'docxtemplater', Summary>>;
};

export type CollectOptions = {
  readonly tmp: string;
  readonly fontsDir: string;
  readonly runsFor: (w: Workload) => number;
};

/** Medians of the runs; a stage missing in a run (a format a plan does not produce) counts as 0. */
export function summarize(runs: readonly WorkerResult[]): Summary {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.stages)))];
  const stages = Object.fromEntries(names.map((n) => [n, median(runs.map((r) => r.stages[n] ?? 0))]));
  return {
    ms: Object.values(stages).reduce((a, b) => a + b, 0),
    stages,
    cpuMs: median(runs.map((r) => Object.values(r.cpu).reduce((a, b) => a + b, 0))),
    moduleMs: median(runs.map((r) => r.moduleMs)),
    rssMb: median(runs.map((r) => r.maxRssKb)) / 1024,
    bytes: median(runs.map((r) => r.bytes)),
    runs,
  };
}

/** A workload's file name: `roadmap 1000 rows` → `roadmap-1000-rows`. */
function toSlug(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}

/**
 * Every measurement of one workload, each run in its own process: gramota, and the floors for a roadmap. The
 * measurements take turns, one run of each per round, so that a slow spell of the machine falls on all of them
 * alike and their ratios hold.
 */
export async function collectWorkload(workload: Workload, options: CollectOptions): Promise<WorkloadResult> {
  const slug = toSlug(workload.name);
  const plan = join(options.tmp, `${slug}.yaml`);
  writeFileSync(plan, workload.source);
  const jobs: [MeasureKind, string][] = [
    ['stages', plan],
    ['generate', plan],
  ];
  if (workload.rows !== undefined) {
    const content = join(options.tmp, `${slug}.content.json`);
    writeFileSync(content, JSON.stringify(extractContent(workload.source)));
    jobs.push(['docx', content], ['pdfmake', content], ['docxtemplater', content]);
  }
  const runs = new Map<MeasureKind, WorkerResult[]>(jobs.map(([kind]) => [kind, []]));
  const rounds = options.runsFor(workload);
  for (let round = 1; round <= rounds; round++) {
    for (const [kind, input] of jobs) {
      process.stderr.write(`  ${slug}: ${kind} ${round}/${rounds}\n`);
      const spec: JobSpec = { kind, input, name: slug, fontsDir: options.fontsDir };
      runs.get(kind)?.push(await runWorker(spec, options.tmp));
    }
  }
  const summary = (kind: MeasureKind) => summarize(runs.get(kind) ?? []);
  const stages = summary('stages');
  const ordered = Object.fromEntries(stageNames.map((n) => [n, stages.stages[n] ?? 0]));
  const result = {
    name: workload.name,
    rows: workload.rows,
    stages: { ...stages, stages: ordered },
    generate: summary('generate'),
  };
  if (workload.rows === undefined) return result;
  const floors = {
    docx: summary('docx'),
    pdfmake: summary('pdfmake'),
    docxtemplater: summary('docxtemplater'),
  };
  return { ...result, floors };
}
