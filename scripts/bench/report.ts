import type { CliResult } from './cli-build.js';
import type { WorkloadResult } from './collect.js';
import { formatMs, toFloorTable, toLinearityTable, toStageTable, toTable } from './tables.js';
import type { WholeResult } from './whole-process.js';
import { toBeforeAfterTable, toWholeTable } from './whole-table.js';

export type BenchReport = {
  readonly startedAt: string;
  readonly durationS: number;
  readonly environment: {
    readonly node: string;
    readonly platform: string;
    readonly cpu: string;
    readonly cores: number;
    /** The 1-minute load average when the bench started and ended: other work on the machine disturbs the times. */
    readonly load: readonly [number, number];
  };
  readonly options: {
    readonly sizes: readonly number[];
    readonly runs: number;
    readonly largeRuns: number;
    /** Which parts ran: whole processes, stages in one process, or both. */
    readonly only?: 'whole' | 'stages' | undefined;
    /** The gramota command the whole-process part ran. */
    readonly cli: string;
    /** The command it was compared with in the same rounds (--baseline), if any. */
    readonly baseline?: string | undefined;
  };
  /** gramota's CLI and its peers, each a whole process from a cold start. */
  readonly whole: readonly WholeResult[];
  readonly workloads: readonly WorkloadResult[];
  readonly cli?: CliResult;
  /** Why the CLI was not measured (dist/ did not compile, say). */
  readonly cliError?: string;
  readonly warm?: { readonly plan: string; readonly medianMs: number; readonly laps: readonly number[] };
  /** The studio's preview: the PDF alone of the 26-row roadmap, edited before each call (measurePreview). */
  readonly preview?: { readonly medianMs: number; readonly laps: readonly number[] };
  /** The same warm calls of raw docx + pdfmake on the same text: what the libraries alone take. */
  readonly warmFloor?: { readonly medianMs: number; readonly laps: readonly number[] };
};

/** The whole report as Markdown: what is printed and what is saved. */
export function toMarkdown(report: BenchReport): string {
  const { environment: env, options } = report;
  const parts = [
    `# gramota bench — ${report.startedAt}`,
    `Node ${env.node}, ${env.platform}, ${env.cpu} × ${env.cores}, load average ${env.load.map((l) => l.toFixed(1)).join(' → ')}. Milliseconds, median of ${options.runs} runs (${options.largeRuns} for ≥10,000 rows). ✗ = misses its target.`,
    ...(report.whole.length > 0
      ? [
          '## Whole process, cold (as users run it)',
          `Each run a fresh \`node\` process, wall clock from spawn to exit: gramota \`${options.cli} build plan.yaml --format …\` from the YAML file to the files written; docxtemplater (a template .docx filled) and raw pdfmake from the same text in a YAML file to their file written; \`node -e 0\` is Node's own start. The commands take turns (one run of each per round, every other round in the opposite order), so their ratios hold under other load.`,
          toWholeTable(report.whole, 'ms'),
          '### Same, CPU time (user + system, all threads; less disturbed by other work on the machine)',
          toWholeTable(report.whole, 'cpuMs'),
          ...(options.baseline
            ? [
                `### Before (\`${options.baseline}\`) and after, in the same rounds`,
                'The paired columns are the median over the rounds of after − before within a round: the two ran back to back, so a slow spell of the machine falls on both. Trust them over a ratio of medians when the machine is busy.',
                toBeforeAfterTable(report.whole),
              ]
            : []),
        ]
      : []),
    ...(report.workloads.length > 0
      ? [
          '## gramota by stage (in one process)',
          'Each run a fresh process timing the FIRST call (module loading is the «modules» column, not in the times). CPU = user + system time of the measured part (all threads), less disturbed than wall time by other load on the machine.',
          toStageTable(report.workloads),
          '## Library floors on the same text',
          toFloorTable(report.workloads),
          '## Linearity (time ratio)',
          toLinearityTable(report.workloads),
        ]
      : []),
  ];
  const extra: string[][] = [];
  if (report.cli)
    extra.push([
      `CLI cold build \`${report.cli.plan}\` (wall clock, median of ${report.cli.runs.length})`,
      formatMs(report.cli.medianMs),
    ]);
  if (report.warm)
    extra.push(
      [
        `warm generate() \`${report.warm.plan}\` (second call on, median of ${report.warm.laps.length}; target ≤50)`,
        formatMs(report.warm.medianMs),
      ],
      [`same, the second call alone`, formatMs(report.warm.laps[0] ?? 0)],
    );
  if (report.preview)
    extra.push([
      `studio preview: PDF alone of the same roadmap, one activity edited before each build, after 5 builds (median of ${report.preview.laps.length}; target ≤50)`,
      formatMs(report.preview.medianMs),
    ]);
  if (report.warmFloor)
    extra.push(
      [
        `warm raw docx + pdfmake on the same text (median of ${report.warmFloor.laps.length})`,
        formatMs(report.warmFloor.medianMs),
      ],
      [`same, the second call alone`, formatMs(report.warmFloor.laps[0] ?? 0)],
    );
  if (report.cliError) extra.push(['CLI cold build: not measured', report.cliError]);
  if (extra.length > 0) parts.push('## Cold and warm', toTable(['measure', 'ms'], extra));
  parts.push(`Bench time: ${report.durationS.toFixed(0)} s.`);
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
