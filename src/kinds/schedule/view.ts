import { typographText } from '../../language/typography.js';
import { text } from '../../messages.js';
import { pageGeometry, textWidthMm } from '../../model/page.js';
import type { ResolveContext } from '../../resolve/context.js';
import type { CellView } from '../roadmap/table-view.js';
import { groupByYear } from './columns.js';
import { fitTimeColumns } from './fit.js';
import { findRoadmapTable } from './roadmap-of.js';
import { type GraphRow, toGraphRows } from './rows.js';
import type { Schedule } from './schema.js';
import { overlaps, toPeriodSpan } from './shading.js';

/** Fills of the shaded cells: a stage's term darker than an activity's, both clear on a black-and-white print. */
export const stageFill = '#808080';
export const activityFill = '#BFBFBF';

export type ScheduleRowView = {
  readonly stage: boolean;
  readonly number: string;
  readonly activity: Pick<CellView, 'text' | 'list' | 'numbered'>;
  readonly cells: readonly { readonly fill: string | null }[];
};

/** What templates/schedule.hbs needs besides the common head; plain data, every text already typeset. */
export type ScheduleView = {
  readonly title: string;
  readonly widths: string;
  /** The header row above the time columns: years, or one «Годы» cell over year columns. */
  readonly groups: readonly { readonly label: string; readonly span: number }[];
  readonly labels: readonly string[];
  readonly rows: readonly ScheduleRowView[];
  readonly legend: string;
  readonly notes: readonly string[];
};

export function toScheduleView(doc: Schedule, ctx: ResolveContext): ScheduleView {
  const table = findRoadmapTable(ctx.plan, doc.roadmap);
  const period = ctx.plan.project?.period;
  const span = toPeriodSpan(period);
  const width = textWidthMm(pageGeometry(doc.orientation ?? 'landscape'));
  const fitted = span && fitTimeColumns(span, width, doc.scale);
  // validate.ts (kinds/schedule/check.ts) has reported each of these with its line.
  if (!table || !span || !fitted || 'tooMany' in fitted) throw new Error(`schedule ${doc.roadmap} unchecked`);
  const rows = toGraphRows(table, span);
  return {
    title: typographText(doc.title),
    widths: ['auto', 'auto', ...fitted.columns.map(() => `${fitted.widthMm}mm`)].join(' '),
    groups:
      fitted.scale === 'years'
        ? [{ label: text.scheduleYears, span: fitted.columns.length }]
        : groupByYear(fitted.columns).map((g) => ({
            label: toYearLabel(g.year, g.span * fitted.widthMm),
            span: g.span,
          })),
    labels: fitted.columns.map((c) => c.label),
    rows: rows.map((row) => ({
      stage: row.stage,
      number: row.number,
      activity: row.activity,
      cells: fitted.columns.map((c) => ({
        fill: overlaps(row.cover.spans, c) ? (row.stage ? stageFill : activityFill) : null,
      })),
    })),
    legend: text.scheduleLegend(
      fitted.scale,
      rows.some((r) => r.stage),
    ),
    notes: toNotes(rows),
  };
}

/** «2025 г.» where it fits the year's columns, «2025» or «25» where they are narrower (bold 12 pt, 1.5 mm padding). */
function toYearLabel(year: number, widthMm: number): string {
  if (widthMm >= 15.6) return `${year}\u00A0г.`;
  return widthMm >= 11.6 ? String(year) : String(year % 100).padStart(2, '0');
}

/** The note under the table: which rows' terms are words, shaded over their stage or the project. */
function toNotes(rows: readonly GraphRow[]): string[] {
  const named = rows.filter((r) => r.cover.words.length > 0);
  if (named.length === 0) return [];
  const entries = named.map((r) =>
    text.scheduleWordsEntry(toReference(r), r.cover.words.map(typographText), r.cover.dated),
  );
  return [text.scheduleWordsNote(entries)];
}

function toReference(row: GraphRow): string {
  if (row.number !== '') return row.number.replace(/\.$/, '');
  const activity = row.activity.text ?? row.activity.list?.[0] ?? row.activity.numbered?.[0] ?? '';
  return `«${activity}»`;
}
