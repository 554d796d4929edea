import { formatMs, formatRatio, toTable } from './tables.js';
import type { WholeResult, WholeSummary } from './whole-process.js';

/** Whole-process targets (issue 19): ratios to the peers, and the cold DOCX + PDF builds in milliseconds. */
const docxTarget = 1.0;
const pdfTarget = 1.15;
const coldTargets: Readonly<Record<string, number>> = {
  'roadmap 26 rows': 250,
  'data/chita-mentoring-package.yaml': 600,
};

/** Milliseconds, marked ✗ above a target. */
function formatTimed(summary: WholeSummary | undefined, target?: number): string {
  if (!summary) return '—';
  return `${formatMs(summary.ms)}${target !== undefined && summary.ms > target ? ' ✗' : ''}`;
}

function formatRatioOf(a: WholeSummary | undefined, b: WholeSummary | undefined, target: number): string {
  return a && b ? formatRatio(a.ms / b.ms, target) : '—';
}

/** gramota's CLI and its peers as whole processes, wall clock from spawn to exit, with each one's peak RSS. */
export function toWholeTable(results: readonly WholeResult[]): string {
  const rows = results.map(({ name, measures: m }) => [
    name,
    formatTimed(m['docx+pdf'], coldTargets[name]),
    formatTimed(m.docx),
    formatTimed(m.docxtemplater),
    formatRatioOf(m.docx, m.docxtemplater, docxTarget),
    formatTimed(m.pdf),
    formatTimed(m.pdfmake),
    formatRatioOf(m.pdf, m.pdfmake, pdfTarget),
    formatTimed(m.node),
    (['docx+pdf', 'docx', 'pdf', 'docxtemplater', 'pdfmake'] as const)
      .map((k) => (m[k] ? m[k].rssMb.toFixed(0) : '—'))
      .join(' / '),
  ]);
  return toTable(
    [
      'workload',
      'gramota DOCX+PDF (26 rows ≤250, Chita ≤600)',
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
