import { formatTerm } from '../../language/terms.js';
import { typographText } from '../../language/typography.js';
import type { ResolveContext } from '../../resolve/context.js';
import { showPeople } from '../../resolve/people.js';
import { columnDefaults, customColumnWidth, type StandardColumnKey } from './columns.js';
import { columnKeys } from './columns-of.js';
import { type NumberedItem, numberItems, numberStages } from './numbering.js';
import type { RoadmapItem, RoadmapStage, RoadmapTable } from './schema.js';
import { toStageHeading, toStageTitle } from './stage-label.js';

/** A table cell for the template: text, a list or a numbered list; rowSpan > 1 merges it down. */
export type CellView = {
  readonly text: string | null;
  readonly list: readonly string[] | null;
  readonly numbered: readonly string[] | null;
  readonly rowSpan: number;
  readonly align: 'left' | 'center';
};
/** A row: a full-width stage row, or item cells (cells merged from above are omitted, as in HTML). */
export type RowView = {
  readonly stage: { readonly text: string; readonly colSpan: number } | null;
  readonly cells: readonly CellView[] | null;
};
export type TableView = {
  readonly widths: string;
  readonly header: readonly { readonly title: string }[];
  readonly columnNumbers: readonly string[] | null;
  readonly rows: readonly RowView[];
};

type Column = { key: string; title: string; width: string; align: 'left' | 'center' };

/** The roadmap table: columns with titles and widths, rows flattened from items or stages, numbers assigned. */
export function resolveRoadmapTable(table: RoadmapTable, ctx: ResolveContext): TableView {
  const columns = resolveColumns(table);
  const rows = table.stages
    ? stageRows(table, table.stages, columns, ctx)
    : itemRows(numberItems(table.items ?? [], [], table.number_style), columns, ctx);
  return {
    widths: columns.map((c) => c.width).join(' '),
    header: columns.map((c) => ({ title: c.title })),
    columnNumbers: table.column_numbers ? columns.map((_, i) => String(i + 1)) : null,
    rows,
  };
}

function resolveColumns(table: RoadmapTable): Column[] {
  const custom = new Map(
    (table.columns ?? []).flatMap((c) => (typeof c === 'string' ? [] : [[c.key, c.title] as const])),
  );
  return columnKeys(table).map((key) => {
    const standard = Object.hasOwn(columnDefaults, key)
      ? columnDefaults[key as StandardColumnKey]
      : undefined;
    const titles = table.column_titles;
    const own = titles && Object.hasOwn(titles, key) ? titles[key] : undefined; // a column may be `constructor`
    const title = own ?? custom.get(key) ?? standard?.title ?? key;
    return {
      key,
      title: typographText(title),
      width: standard?.width ?? customColumnWidth,
      align: standard?.align ?? 'left',
    };
  });
}

function itemRows(
  items: readonly NumberedItem[],
  columns: readonly Column[],
  ctx: ResolveContext,
): RowView[] {
  return items.map(({ item, number }) => ({
    stage: null,
    cells: columns.map((c) => itemCell(item, number, c, ctx)),
  }));
}

/**
 * An item's cell. Every cell view is built as one literal with its keys in one order, so all of them share one V8
 * shape: at 10,000 rows the spreads of differently ordered objects were half the time of the whole view.
 */
function itemCell(item: RoadmapItem, number: string, column: Column, ctx: ResolveContext): CellView {
  const { text, list, numbered } = toItemValue(item, number, column.key, ctx);
  return { text, list, numbered, rowSpan: 1, align: column.align };
}

function toItemValue(
  item: RoadmapItem,
  number: string,
  key: string,
  ctx: ResolveContext,
): Pick<CellView, 'text' | 'list' | 'numbered'> {
  switch (key) {
    case 'number':
      return toTextValue(number);
    case 'term':
      return toTextValue(item.term === undefined ? null : formatTerm(item.term, ctx.dateStyle));
    case 'responsible':
      return toTextValue(item.responsible === undefined ? null : showPeople(item.responsible, ctx, 'table'));
    default:
      return toCellValue(Object.hasOwn(item, key) ? item[key] : undefined);
  }
}

function toTextValue(text: string | null): Pick<CellView, 'text' | 'list' | 'numbered'> {
  return { text, list: null, numbered: null };
}

/** A plan cell value (string, list, { numbered }) with typography applied. */
export function toCellValue(value: unknown): Pick<CellView, 'text' | 'list' | 'numbered'> {
  if (value === undefined || value === null) return toTextValue(null);
  if (Array.isArray(value))
    return { text: null, list: value.map((v) => typographText(String(v))), numbered: null };
  if (typeof value === 'object' && 'numbered' in value && Array.isArray(value.numbered)) {
    return { text: null, list: null, numbered: value.numbered.map((v: unknown) => typographText(String(v))) };
  }
  return toTextValue(typographText(String(value)));
}

function stageRows(
  table: RoadmapTable,
  stages: readonly RoadmapStage[],
  columns: readonly Column[],
  ctx: ResolveContext,
): RowView[] {
  const byStage = table.numbering === 'stages';
  const numbered = numberStages(table);
  return stages.flatMap((stage, s) => {
    const title = typographText(stage.title);
    const term = stage.term === undefined ? null : formatTerm(stage.term, ctx.dateStyle);
    const items = numbered[s]!;
    if (table.stage_layout !== 'column') {
      const label = toStageHeading(s, title, table.stage_word, term);
      return [
        { stage: { text: label, colSpan: columns.length }, cells: null },
        ...itemRows(items, columns, ctx),
      ];
    }
    const rows = itemRows(items, columns, ctx);
    const merged = (key: string, text: string) => (c: CellView, i: number) =>
      columns[i]?.key === key ? { ...c, text, rowSpan: rows.length } : c;
    // The stage's name as the stage row and the plan-graph made from this table print it: «Подготовительный этап»;
    // its number joined to it by a no-break space, so that «1.» stands alone on a line of the narrow column only
    // where the column holds the name whole so and not with its number (render/leading-number.ts).
    const stageText = `${byStage ? '' : `${s + 1}.\u00A0`}${toStageTitle(title, table.stage_word)}${term ? `\n(${term})` : ''}`;
    let first = rows[0]!.cells!.map(merged('stage', stageText));
    if (byStage) first = first.map(merged('number', `${s + 1}.`));
    const mergedKeys = new Set(['stage', ...(byStage ? ['number'] : [])]);
    const rest = rows
      .slice(1)
      .map((r) => ({ ...r, cells: r.cells!.filter((_, i) => !mergedKeys.has(columns[i]?.key ?? '')) }));
    return [{ stage: null, cells: first }, ...rest];
  });
}
