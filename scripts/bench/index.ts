// npm run bench [-- --sizes 26,1000,10000 --runs 3 --large-runs 3 --quick --only whole|stages --cli bin.js]:
// gramota's CLI and its peers (docxtemplater, raw pdfmake) as whole processes from a cold start, gramota's stages,
// the raw library floors on the same text, a cold CLI build and a warm generate(); a Markdown table on stdout, saved
// in bench-results/. --cli measures another checkout's bin/gramota.js in the whole-process part; --baseline runs
// another checkout's beside this one in the same rounds (before/after with ratios that hold under other load).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureFreshDist, measureCliBuild } from './cli-build.js';
import { collectWorkload } from './collect.js';
import { extractContent } from './content.js';
import { type BenchReport, toMarkdown } from './report.js';
import { runWorker } from './run-worker.js';
import { bundlePeers, measureWhole } from './whole-process.js';
import { generateRoadmap, listWorkloads, type Workload } from './workloads.js';

const root = resolve(import.meta.dirname, '..', '..');
const typicalPlan = 'data/chita-mentoring-package.yaml';
/**
 * Real documents measured whole beside the generated roadmaps: the package, a roadmap whose stage column runs over
 * pages (laid out until the pagination agrees), and a programme with a contents (laid out until its page numbers do).
 */
const realPlans = [typicalPlan, 'data/vologda-literacy-roadmap.yaml', 'data/chapaevsk-programme.yaml'];
/** Generated roadmaps of at least this many rows are measured `--large-runs` times. */
const largeRows = 10_000;

/** The command line; --quick is a smoke run: one run each, 26 and 1,000 rows unless --sizes says otherwise. */
function readOptions(argv: readonly string[]): BenchReport['options'] {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'large-runs': { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      cli: { type: 'string' },
      baseline: { type: 'string' },
    },
  });
  const toCount = (value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive whole number: ${value}`);
    return n;
  };
  const sizes = (values.sizes ?? (values.quick ? '26,1000' : '26,1000,10000'))
    .split(',')
    .map((s) => toCount(s, 0));
  const runs = toCount(values.runs, values.quick ? 1 : 3);
  const only = values.only;
  if (only !== undefined && only !== 'whole' && only !== 'stages')
    throw new Error(`--only whole|stages: ${only}`);
  const cli = resolve(values.cli ?? join(root, 'bin', 'gramota.js'));
  const baseline = values.baseline === undefined ? undefined : resolve(values.baseline);
  return { sizes, runs, largeRuns: toCount(values['large-runs'], runs), only, cli, baseline };
}

/** The cold CLI build; when it fails, the reason instead. */
async function measureCli(runs: number, tmp: string): Promise<Pick<BenchReport, 'cli' | 'cliError'>> {
  try {
    return { cli: await measureCliBuild(root, typicalPlan, tmp, runs) };
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 3).join(' ');
    process.stderr.write(`CLI build not measured: ${reason}\n`);
    return { cliError: reason };
  }
}

/** Runs every measurement, one process at a time, and returns the report. */
async function runBench(options: BenchReport['options'], tmp: string): Promise<BenchReport> {
  const start = performance.now();
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0]!;
  // Every gramota measurement runs the compiled dist/ (gramota-dist.ts), as users do.
  await ensureFreshDist(root);
  const runsFor = (w: Workload) => ((w.rows ?? 0) >= largeRows ? options.largeRuns : options.runs);
  const whole = [];
  if (options.only !== 'stages') {
    const peers = await bundlePeers(root);
    const real = realPlans.flatMap((name) => listWorkloads(root, []).filter((w) => w.name === name));
    for (const workload of [...real, ...listWorkloads(root, options.sizes).filter((w) => w.rows)])
      whole.push(
        await measureWhole(workload, peers, {
          root,
          cli: options.cli,
          baseline: options.baseline,
          tmp,
          runsFor,
        }),
      );
  }
  const rest = options.only === 'whole' ? undefined : await measureInProcess(options, tmp, runsFor);
  const cpu = cpus();
  return {
    startedAt,
    durationS: (performance.now() - start) / 1000,
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpu: cpu[0]?.model ?? '?',
      cores: cpu.length,
      load: [loadAtStart, loadavg()[0]!],
    },
    options,
    whole,
    workloads: [],
    ...rest,
  };
}

/** The in-process part: the cold CLI build of the typical plan, warm generate(), and every workload by stage. */
async function measureInProcess(
  options: BenchReport['options'],
  tmp: string,
  runsFor: (w: Workload) => number,
): Promise<Omit<BenchReport, 'startedAt' | 'durationS' | 'environment' | 'options' | 'whole'>> {
  const cli = await measureCli(options.runs, tmp);
  const small = join(tmp, 'warm-roadmap-26.yaml');
  writeFileSync(small, generateRoadmap(26));
  process.stderr.write('  warm generate() of a 26-row roadmap\n');
  const warmRun = await runWorker(
    { kind: 'warm', input: small, name: 'warm', fontsDir: join(root, 'fonts') },
    tmp,
  );
  process.stderr.write('  the studio preview of a 26-row roadmap, edited before each build\n');
  const previewRun = await runWorker(
    { kind: 'preview', input: small, name: 'preview', fontsDir: join(root, 'fonts') },
    tmp,
  );
  const smallContent = join(tmp, 'warm-roadmap-26.json');
  writeFileSync(smallContent, JSON.stringify(extractContent(generateRoadmap(26))));
  process.stderr.write('  warm raw docx + pdfmake on the same text\n');
  const floorRun = await runWorker(
    { kind: 'warm-floor', input: smallContent, name: 'warm-floor', fontsDir: join(root, 'fonts') },
    tmp,
  );
  const workloads = [];
  for (const workload of listWorkloads(root, options.sizes)) {
    workloads.push(
      await collectWorkload(workload, {
        tmp,
        fontsDir: join(root, 'fonts'),
        runsFor,
      }),
    );
  }
  return {
    workloads,
    ...cli,
    warm: { plan: 'roadmap 26 rows', medianMs: warmRun.stages.generate ?? 0, laps: warmRun.laps ?? [] },
    preview: { medianMs: previewRun.stages.generate ?? 0, laps: previewRun.laps ?? [] },
    warmFloor: { medianMs: floorRun.stages.generate ?? 0, laps: floorRun.laps ?? [] },
  };
}

/** Writes the report as JSON and Markdown into bench-results/, named by its start time; returns the paths. */
function saveReport(report: BenchReport, markdown: string): string[] {
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const paths = [join(dir, `bench-${stamp}.json`), join(dir, `bench-${stamp}.md`)];
  writeFileSync(paths[0]!, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(paths[1]!, markdown);
  return paths;
}

const options = readOptions(process.argv.slice(2));
const tmp = mkdtempSync(join(tmpdir(), 'gramota-bench-'));
try {
  const report = await runBench(options, tmp);
  const markdown = toMarkdown(report);
  process.stdout.write(markdown);
  process.stderr.write(`saved: ${saveReport(report, markdown).join(', ')}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
