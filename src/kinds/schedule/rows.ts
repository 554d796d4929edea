import type { Term } from '../../language/terms.js';
import { typographText } from '../../language/typography.js';
import { type NumberedItem, numberItems, numberStages } from '../roadmap/numbering.js';
import type { RoadmapItem, RoadmapTable } from '../roadmap/schema.js';
import { toStageTitle } from '../roadmap/stage-label.js';
import { type CellView, toCellValue } from '../roadmap/table-view.js';
import type { MonthSpan } from './columns.js';
import { type Coverage, coverTerm, toTermSpan } from './shading.js';

/** A row of the plan-graph before it meets the columns: a stage or an activity, its number and what it covers. */
export type GraphRow = {
  readonly stage: boolean;
  readonly number: string;
  readonly activity: Pick<CellView, 'text' | 'list' | 'numbered'>;
  readonly cover: Coverage;
};

const none: Coverage = { spans: [], words: [], dated: false };

/**
 * The roadmap's rows in its order and with its numbers (as kinds/roadmap/table-view.ts numbers them for the
 * roadmap's own layout); a stage row covers its term, or its activities' months when it has none. Numbers restarted
 * in each stage (`numbering: restart`) get the stage's number in front (1.1, 2.1): here the stages stand in the same
 * «№» column, where «1.» of a stage and «1.» of its first activity would follow each other, and the note would name
 * a row «4» that any stage may have.
 */
export function toGraphRows(table: RoadmapTable, period: MonthSpan): GraphRow[] {
  if (!table.stages) return toItemRows(numberItems(table.items ?? [], [], table.number_style), period);
  const numbered = numberStages(table.numbering === 'restart' ? { ...table, numbering: 'items' } : table);
  return table.stages.flatMap((stage, s) => {
    const own = stage.term === undefined ? undefined : toTermSpan(stage.term);
    const enclosing = own ? clip(own, period) : period;
    const items = toItemRows(numbered[s]!, enclosing);
    const cover = stage.term === undefined ? joinCovers(items) : coverTerm(stage.term, period);
    const title = toStageTitle(typographText(stage.title), table.stage_word);
    return [{ stage: true, number: `${s + 1}.`, activity: toCellValue(title), cover }, ...items];
  });
}

function toItemRows(items: readonly NumberedItem[], enclosing: MonthSpan): GraphRow[] {
  return items.map(({ item, number }) => ({
    stage: false,
    number,
    activity: toCellValue(item.activity),
    cover: coverItem(item, enclosing),
  }));
}

function coverItem(item: RoadmapItem, enclosing: MonthSpan): Coverage {
  const term: Term | undefined = item.term;
  return term === undefined ? none : coverTerm(term, enclosing);
}

function joinCovers(rows: readonly GraphRow[]): Coverage {
  return { spans: rows.flatMap((r) => r.cover.spans), words: [], dated: true };
}

function clip(span: MonthSpan, period: MonthSpan): MonthSpan {
  return { first: Math.max(span.first, period.first), last: Math.min(span.last, period.last) };
}
