import { text } from '../../messages.js';
import { checkPersonRef } from '../../plan/check-plan.js';
import type { Plan } from '../../plan/schema/plan.js';
import { suggest } from '../../plan/suggest.js';
import { checkTermInPeriod } from '../../plan/check-term.js';
import type { Report } from '../../plan/validate.js';
import { cellValueSchema } from '../../plan/schema/common.js';
import { standardColumnKeys } from './columns.js';
import { columnKeys } from './columns-of.js';
import type { RoadmapItem, RoadmapTable } from './schema.js';

const itemKeys = new Set(['items']);

/** Cross-checks of a roadmap table: items or stages, keys against columns, people, terms in the project period. */
export function checkRoadmap(table: RoadmapTable, plan: Plan, at: (string | number)[], report: Report): void {
  if (table.items && table.stages) report([...at, 'stages'], text.itemsOrStages, true);
  if (!table.items && !table.stages) report(at, text.itemsMissing);
  const columns = columnKeys(table);
  const customKeys = new Set(columns.filter((key) => !(standardColumnKeys as readonly string[]).includes(key)));
  const seen = new Set<string>();
  for (const [i, key] of columns.entries()) {
    if (seen.has(key)) report([...at, 'columns', i], text.duplicateColumn(key));
    seen.add(key);
  }
  if (columns.includes('stage') && !table.stages) report([...at, 'columns'], text.stageColumnWithoutStages);
  const checkItems = (items: readonly RoadmapItem[], path: (string | number)[]) =>
    items.forEach((item, i) => checkItem(item, [...path, i]));
  const checkItem = (item: RoadmapItem, path: (string | number)[]) => {
    for (const key of Object.keys(item)) {
      if (customKeys.has(key) && !cellValueSchema.safeParse(item[key]).success) report([...path, key], text.cellValueType);
      if (itemKeys.has(key) || columns.includes(key) || (standardColumnKeys as readonly string[]).includes(key)) continue;
      const hint = suggest(key, [...new Set([...columns, ...standardColumnKeys, 'items'])]);
      report([...path, key], text.unknownItemKey(key) + (hint ? `; ${text.didYouMean(hint)}` : ''), true);
    }
    const people = item.responsible === undefined ? [] : [item.responsible].flat();
    people.forEach((ref, j) =>
      checkPersonRef(plan, ref, [...path, 'responsible', ...(Array.isArray(item.responsible) ? [j] : [])], report),
    );
    if (item.term !== undefined) checkTermInPeriod(item.term, plan, [...path, 'term'], report);
    if (item.items) checkItems(item.items, [...path, 'items']);
  };
  if (table.items) checkItems(table.items, [...at, 'items']);
  table.stages?.forEach((stage, s) => {
    if (stage.term !== undefined) checkTermInPeriod(stage.term, plan, [...at, 'stages', s, 'term'], report);
    checkItems(stage.items, [...at, 'stages', s, 'items']);
  });
}
