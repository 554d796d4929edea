import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { extractContent } from './content.js';
import { buildTemplate } from './floor-docxtemplater.js';
import { median } from './stopwatch.js';
import type { Workload } from './workloads.js';

/**
 * What a whole process is measured for: gramota's CLI in one or both formats (`before …`: the --baseline command,
 * another checkout, in the same rounds), its peers, or Node doing nothing.
 */
export type WholeKind =
  | 'docx'
  | 'pdf'
  | 'docx+pdf'
  | 'before docx'
  | 'before pdf'
  | 'before docx+pdf'
  | 'docxtemplater'
  | 'pdfmake'
  | 'node';

/**
 * Medians over the runs of one command, each a fresh `node` process: wall clock from spawn to exit, CPU time (user +
 * system, all threads: less disturbed than wall clock by other work on the machine), peak RSS.
 */
export type WholeSummary = {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMb: number;
  /** Each round's wall clock and CPU time, in round order: a command against another in the same round. */
  readonly runs: readonly number[];
  readonly cpuRuns: readonly number[];
};

type WholeRun = { readonly ms: number; readonly cpuMs: number; readonly rssMb: number };

export type WholeResult = {
  readonly name: string;
  readonly rows?: number;
  readonly measures: Partial<Record<WholeKind, WholeSummary>>;
};

export type WholeOptions = {
  readonly root: string;
  /** The gramota command measured: bin/gramota.js of this checkout unless --cli names another. */
  readonly cli: string;
  /** The command to compare with (--baseline: bin/gramota.js of another checkout), run in the same rounds. */
  readonly baseline?: string | undefined;
  readonly tmp: string;
  readonly runsFor: (w: Workload) => number;
};

const rssReporter = join(import.meta.dirname, 'peak-rss.cjs');

/** One whole process: wall clock from spawn to exit, and the CPU time and peak RSS it reports at exit (peak-rss.cjs). */
function runWhole(args: readonly string[], cwd: string, env: Record<string, string>): Promise<WholeRun> {
  const rssFile = join(cwd, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--require', rssReporter, ...args], {
      cwd,
      env: { ...process.env, ...env, GRAMOTA_BENCH_RSS: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code !== 0)
        return reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${errors.slice(-4000)}`));
      const [kb, cpuMs] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
      rmSync(rssFile, { force: true });
      resolve({ ms, cpuMs: cpuMs!, rssMb: kb! / 1024 });
    });
  });
}

/**
 * The peers' script (whole-floor.ts) as one plain .mjs file that loads docxtemplater, pdfmake and yaml from
 * node_modules as a user's script does; it lies under node_modules/.cache so that those packages resolve.
 */
export async function bundlePeers(root: string): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'gramota-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'whole-floor.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'whole-floor.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Every command of one workload as whole processes from a cold start, in turns (one run of each per round, so that
 * a slow spell of the machine falls on all alike): gramota from the YAML plan on disk to the files written, and, for
 * a generated roadmap, docxtemplater and raw pdfmake from the same text in a YAML file to their file written.
 */
export async function measureWhole(
  workload: Workload,
  peers: string,
  options: WholeOptions,
): Promise<WholeResult> {
  const dir = mkdtempSync(join(options.tmp, 'whole-'));
  try {
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, workload.source);
    const gramota = (formats: string, cli = options.cli) => [
      cli,
      'build',
      plan,
      '--out',
      join(dir, 'out'),
      '--format',
      formats,
    ];
    const commands: [WholeKind, string[]][] = [['docx+pdf', gramota('docx,pdf')]];
    const { baseline } = options;
    if (baseline) commands.push(['before docx+pdf', gramota('docx,pdf', baseline)]);
    if (workload.rows === undefined) {
      // A real plan: the DOCX alone too (what a paginated document lays out without drawing a PDF).
      commands.push(['docx', gramota('docx')]);
      if (baseline) commands.push(['before docx', gramota('docx', baseline)]);
    } else {
      const content = extractContent(workload.source);
      const contentFile = join(dir, 'content.yaml');
      const template = join(dir, 'template.docx');
      writeFileSync(contentFile, stringify(content));
      writeFileSync(template, buildTemplate(content));
      commands.push(
        ['docx', gramota('docx')],
        ['docxtemplater', [peers, 'docxtemplater', contentFile, join(dir, 'peer.docx'), template]],
        ['pdf', gramota('pdf')],
        ['pdfmake', [peers, 'pdfmake', contentFile, join(dir, 'peer.pdf')]],
        ['node', ['-e', '0']],
      );
      if (baseline)
        commands.push(['before docx', gramota('docx', baseline)], ['before pdf', gramota('pdf', baseline)]);
    }
    const env = { GRAMOTA_FONTS: join(options.root, 'fonts') };
    const runs = new Map<WholeKind, WholeRun[]>(commands.map(([kind]) => [kind, []]));
    const rounds = options.runsFor(workload);
    for (let round = 1; round <= rounds; round++) {
      // Every other round in the opposite order: no command always runs right after the same one.
      for (const [kind, args] of round % 2 === 1 ? commands : commands.toReversed()) {
        process.stderr.write(`  whole process ${workload.name}: ${kind} ${round}/${rounds}\n`);
        runs.get(kind)!.push(await runWhole(args, dir, env));
        rmSync(join(dir, 'out'), { recursive: true, force: true });
      }
    }
    const measures = Object.fromEntries(
      [...runs].map(([kind, r]) => [
        kind,
        {
          ms: median(r.map((x) => x.ms)),
          cpuMs: median(r.map((x) => x.cpuMs)),
          rssMb: median(r.map((x) => x.rssMb)),
          runs: r.map((x) => x.ms),
          cpuRuns: r.map((x) => x.cpuMs),
        },
      ]),
    );
    return { name: workload.name, rows: workload.rows, measures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
