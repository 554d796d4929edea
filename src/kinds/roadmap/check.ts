import { text } from '../../messages.js';
import { checkPersonRef } from '../../plan/check-plan.js';
import { checkTermInPeriod, checkTermInStage } from '../../plan/check-term.js';
import { findEnglishKey } from '../../plan/english-keys.js';
import { unquoteKey } from '../../plan/quoted-key.js';
import { translateKey } from '../../plan/russian-keys.js';
import { cellValueSchema } from '../../plan/schema/common.js';
import { type Plan, planSchema } from '../../plan/schema/plan.js';
import { collectSchemaKeys } from '../../plan/schema-keys.js';
import { suggest } from '../../plan/suggest.js';
import type { Report } from '../../plan/validate.js';
import { standardColumnKeys } from './columns.js';
import { columnKeys } from './columns-of.js';
import type { RoadmapItem, RoadmapStage, RoadmapTable } from './schema.js';

type Path = (string | number)[];
const standard: readonly string[] = standardColumnKeys;

/** Cross-checks of a roadmap table: items or stages, keys against columns, people, terms in the project period. */
export function checkRoadmap(table: RoadmapTable, plan: Plan, at: Path, report: Report): void {
  if (table.items && table.stages) report([...at, 'stages'], text.itemsOrStages, true);
  if (!table.items && !table.stages) report(at, text.itemsMissing);
  const columns = columnKeys(table);
  columns.forEach((key, i) => {
    if (columns.indexOf(key) !== i) report([...at, 'columns', i], text.duplicateColumn(key));
  });
  if (columns.includes('stage') && !table.stages) report([...at, 'columns'], text.stageColumnWithoutStages);
  for (const key of Object.keys(table.column_titles ?? {})) {
    if (columns.includes(key)) continue;
    const hint = suggest(key, columns);
    report(
      [...at, 'column_titles', key],
      text.unknownColumnTitle(key) + (hint ? `; ${text.didYouMean(hint)}` : ''),
      true,
    );
  }
  const check = (items: readonly RoadmapItem[], path: Path, stage?: RoadmapStage) => {
    items.forEach((item, i) => {
      checkItem(item, columns, plan, [...path, i], report, stage);
      if (item.items) check(item.items, [...path, i, 'items'], stage);
    });
  };
  if (table.items) check(table.items, [...at, 'items']);
  table.stages?.forEach((stage, s) => {
    if (stage.term !== undefined) checkTermInPeriod(stage.term, plan, [...at, 'stages', s, 'term'], report);
    check(stage.items, [...at, 'stages', s, 'items'], stage);
  });
}

function checkItem(
  item: RoadmapItem,
  columns: readonly string[],
  plan: Plan,
  path: Path,
  report: Report,
  stage: RoadmapStage | undefined,
): void {
  for (const [key, value] of Object.entries(item)) {
    if (key === 'items') continue;
    if (!standard.includes(key) && !columns.includes(key)) {
      const allowed = new Set([...columns, ...standard, 'items']);
      const bare = unquoteKey(key, allowed);
      if (bare) {
        report([...path, key], text.quotedKey(key, bare), true);
        continue;
      }
      const english = translateKey(key, allowed);
      const hint =
        english === undefined ? (suggest(key, allowed) ?? findEnglishKey(key, allowed)) : undefined;
      report([...path, key], describeUnknownKey(key, english, hint, item, stage), true);
    } else if (!standard.includes(key)) {
      const blank = cellValueSchema.safeParse(value).error?.issues.find((issue) => issue.code === 'custom');
      const invalid = blank === undefined && !cellValueSchema.safeParse(value).success;
      if (blank) report([...path, key, ...(blank.path as (string | number)[])], blank.message);
      else if (invalid) report([...path, key], text.cellValueType);
    }
  }
  const people = item.responsible;
  if (typeof people === 'string') checkPersonRef(plan, people, [...path, 'responsible'], report);
  else if (people) {
    for (const [j, ref] of people.entries()) checkPersonRef(plan, ref, [...path, 'responsible', j], report);
  }
  if (item.term === undefined) return;
  const reported = checkTermInPeriod(item.term, plan, [...path, 'term'], report);
  if (!reported && stage?.term !== undefined)
    checkTermInStage(
      item.term,
      { title: stage.title, term: stage.term },
      [...path, 'term'],
      report,
      plan.settings?.date_style ?? 'numeric',
    );
}

/**
 * An item's key that is neither a column nor a standard key. A key of another place of the plan (`approval`, `title`)
 * is a key indented a level off; a `title` in an item of a stage with no `activity` is a new stage typed at the indent
 * of the stage's items.
 */
function describeUnknownKey(
  key: string,
  english: string | undefined,
  hint: string | undefined,
  item: RoadmapItem,
  stage: RoadmapStage | undefined,
): string {
  if (english) return text.russianKey(key, english);
  if (key === 'title' && stage && item.activity === undefined) return text.stageAmongItems(stage.title);
  if (hint === undefined && collectSchemaKeys(planSchema).has(key)) return text.itemKeyNotHere(key);
  return text.unknownItemKey(key) + (hint ? `; ${text.didYouMean(hint)}` : '');
}
