import type { WorkloadResult } from './collect.js';
import { stageNames } from './stage-names.js';

/** Targets the table checks against: pipeline overhead and linearity (10× the rows → at most 11× the time). */
const overheadTarget = 1.15;
const linearityTarget = 1.1;

/** Milliseconds: one decimal below 10, whole numbers with thousands separators above. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US');
}

/** A ratio with two decimals, marked ✗ when it misses its target. */
export function formatRatio(value: number, target?: number): string {
  return `${value.toFixed(2)}${target !== undefined && value > target ? ' ✗' : ''}`;
}

export function toTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** gramota per stage (first call in a fresh process), the stage sum against generate()+write, and peak RSS. */
export function toStageTable(workloads: readonly WorkloadResult[]): string {
  const rows = workloads.map((w) => [
    w.name,
    ...stageNames.map((n) => formatMs(w.stages.stages[n])),
    formatMs(w.stages.ms),
    formatMs(w.generate.ms),
    formatRatio(w.stages.ms / w.generate.ms),
    formatMs(w.stages.cpuMs),
    formatMs(w.generate.cpuMs),
    formatRatio(w.stages.cpuMs / w.generate.cpuMs),
    formatMs(w.stages.moduleMs),
    w.stages.rssMb.toFixed(0),
  ]);
  const header = ['workload', ...stageNames.map((n) => (n === 'docx' || n === 'pdf' ? n.toUpperCase() : n))];
  return toTable(
    [
      ...header,
      'Σ stages',
      'generate()+write',
      'Σ ÷ e2e',
      'CPU Σ',
      'CPU e2e',
      'CPU Σ ÷ e2e',
      'modules',
      'peak RSS MB',
    ],
    rows,
  );
}

/** The generated roadmaps: gramota's stages against the raw libraries on the same text. */
export function toFloorTable(workloads: readonly WorkloadResult[]): string {
  const rows = workloads.flatMap((w) => {
    if (!w.floors) return [];
    const { docx, pdfmake, docxtemplater } = w.floors;
    const ours = w.stages.stages;
    const raw = docx.ms + pdfmake.ms;
    const rss = [w.generate, docx, pdfmake, docxtemplater].map((s) => s.rssMb.toFixed(0)).join(' / ');
    return [
      [
        w.name,
        formatMs(w.generate.ms),
        formatMs(ours.docx),
        formatMs(docxtemplater.ms),
        formatRatio(ours.docx! / docxtemplater.ms),
        formatMs(ours.pdf),
        formatMs(pdfmake.ms),
        formatRatio(ours.pdf! / pdfmake.ms),
        formatMs(docx.ms),
        formatRatio(ours.docx! / docx.ms),
        formatMs(raw),
        formatRatio(w.generate.ms / raw, overheadTarget),
        formatRatio(w.generate.cpuMs / (docx.cpuMs + pdfmake.cpuMs), overheadTarget),
        rss,
      ],
    ];
  });
  const header = [
    'workload',
    'gramota total',
    'DOCX stage',
    'docxtemplater',
    'DOCX ÷ dxt',
    'PDF stage',
    'raw pdfmake',
    'PDF ÷ pdfmake',
    'raw docx',
    'DOCX ÷ raw docx',
    'raw docx + pdfmake',
    `total ÷ raw (≤${overheadTarget})`,
    'same, CPU',
    'peak RSS MB gramota / docx / pdfmake / dxt',
  ];
  return toTable(header, rows);
}

/** Time ratios between consecutive generated sizes; the target is the row ratio plus 10 % (1k → 10k: ≤ 11). */
export function toLinearityTable(workloads: readonly WorkloadResult[]): string {
  const sized = workloads.filter((w) => w.rows !== undefined && w.floors);
  const pick: [string, (w: WorkloadResult) => number][] = [
    ['gramota total', (w) => w.generate.ms],
    ['DOCX stage', (w) => w.stages.stages.docx ?? 0],
    ['PDF stage', (w) => w.stages.stages.pdf ?? 0],
    ['raw docx', (w) => w.floors!.docx.ms],
    ['raw pdfmake', (w) => w.floors!.pdfmake.ms],
    ['docxtemplater', (w) => w.floors!.docxtemplater.ms],
    ['peak RSS', (w) => w.generate.rssMb],
  ];
  const pairs = sized.slice(1).map((w, i) => [sized[i]!, w] as const);
  if (pairs.length === 0) return '';
  const header = [
    'measure',
    ...pairs.map(
      ([a, b]) => `${a.rows}→${b.rows} rows (target ≤${((b.rows! / a.rows!) * linearityTarget).toFixed(1)})`,
    ),
  ];
  const rows = pick.map(([label, get]) => [
    label,
    ...pairs.map(([a, b]) =>
      formatRatio(get(b) / get(a), label === 'peak RSS' ? undefined : (b.rows! / a.rows!) * linearityTarget),
    ),
  ]);
  return toTable(header, rows);
}
