import { median } from './stopwatch.js';
import { formatMs, formatRatio, toTable } from './tables.js';
import type { WholeKind, WholeResult, WholeSummary } from './whole-process.js';

/** Whole-process targets (issue 19): ratios to the peers, and the cold DOCX + PDF builds in milliseconds. */
const docxTarget = 1.0;
const pdfTarget = 1.15;
const coldTargets: Readonly<Record<string, number>> = {
  'roadmap 26 rows': 250,
  'data/chita-mentoring-package.yaml': 600,
};

/** Which figure of a summary a table shows: wall clock or CPU time. */
export type Figure = 'ms' | 'cpuMs';

/** Milliseconds, marked ✗ above a target. */
function formatTimed(summary: WholeSummary | undefined, figure: Figure, target?: number): string {
  if (!summary) return '—';
  const value = summary[figure];
  return `${formatMs(value)}${target !== undefined && value > target ? ' ✗' : ''}`;
}

function formatRatioOf(
  a: WholeSummary | undefined,
  b: WholeSummary | undefined,
  figure: Figure,
  target?: number,
): string {
  return a && b ? formatRatio(a[figure] / b[figure], target) : '—';
}

/** gramota's CLI and its peers as whole processes (wall clock from spawn to exit, or CPU time), with peak RSS. */
export function toWholeTable(results: readonly WholeResult[], figure: Figure): string {
  const rows = results.map(({ name, measures: m }) => [
    name,
    formatTimed(m['docx+pdf'], figure, figure === 'ms' ? coldTargets[name] : undefined),
    formatTimed(m.docx, figure),
    formatTimed(m.docxtemplater, figure),
    formatRatioOf(m.docx, m.docxtemplater, figure, docxTarget),
    formatTimed(m.pdf, figure),
    formatTimed(m.pdfmake, figure),
    formatRatioOf(m.pdf, m.pdfmake, figure, pdfTarget),
    formatTimed(m.node, figure),
    (['docx+pdf', 'docx', 'pdf', 'docxtemplater', 'pdfmake'] as const)
      .map((k) => (m[k] ? m[k].rssMb.toFixed(0) : '—'))
      .join(' / '),
  ]);
  return toTable(
    [
      'workload',
      figure === 'ms' ? 'gramota DOCX+PDF (26 rows ≤250, Chita ≤600)' : 'gramota DOCX+PDF',
      'gramota DOCX',
      'docxtemplater',
      `DOCX ÷ dxt (≤${docxTarget.toFixed(2)})`,
      'gramota PDF',
      'raw pdfmake',
      `PDF ÷ pdfmake (≤${pdfTarget})`,
      'node -e 0',
      'peak RSS MB: DOCX+PDF / DOCX / PDF / dxt / pdfmake',
    ],
    rows,
  );
}

/**
 * The median over the rounds of after − before in the same round, signed: the two ran back to back, so a slow period
 * of the machine falls on both, where a ratio of the two medians can take it on one side.
 */
function formatPaired(before: WholeSummary, after: WholeSummary | undefined, figure: Figure): string {
  if (!after) return '—';
  const [a, b] = figure === 'ms' ? [after.runs, before.runs] : [after.cpuRuns, before.cpuRuns];
  const differences = a.flatMap((value, round) => (b[round] === undefined ? [] : [value - b[round]]));
  if (differences.length === 0) return '—';
  const difference = median(differences);
  return `${difference > 0 ? '+' : difference < 0 ? '−' : ''}${formatMs(Math.abs(difference))}`;
}

/** The --baseline command against this one in the same rounds: before, after and after ÷ before per format. */
export function toBeforeAfterTable(results: readonly WholeResult[]): string {
  const formats: [string, WholeKind, WholeKind][] = [
    ['DOCX+PDF', 'before docx+pdf', 'docx+pdf'],
    ['DOCX', 'before docx', 'docx'],
    ['PDF', 'before pdf', 'pdf'],
  ];
  const rows = results.flatMap(({ name, measures: m }) =>
    formats
      .filter(([, before]) => m[before] !== undefined)
      .map(([label, before, after]) => [
        `${name}, ${label}`,
        formatTimed(m[before], 'ms'),
        formatTimed(m[after], 'ms'),
        formatRatioOf(m[after], m[before], 'ms'),
        formatPaired(m[before]!, m[after], 'ms'),
        formatTimed(m[before], 'cpuMs'),
        formatTimed(m[after], 'cpuMs'),
        formatRatioOf(m[after], m[before], 'cpuMs'),
        formatPaired(m[before]!, m[after], 'cpuMs'),
        `${m[before]!.rssMb.toFixed(0)} → ${m[after]?.rssMb.toFixed(0) ?? '—'}`,
      ]),
  );
  if (rows.length === 0) return '';
  return toTable(
    [
      'workload',
      'before',
      'after',
      'after ÷ before',
      'after − before, paired',
      'before CPU',
      'after CPU',
      'CPU after ÷ before',
      'CPU after − before, paired',
      'peak RSS MB',
    ],
    rows,
  );
}
