import { defaultColumns } from './columns.js';
import type { RoadmapItem, RoadmapTable } from './schema.js';

/**
 * Column keys of a roadmap table in order; the stage column comes after № when stages are laid out as a column.
 * Without `columns`, the default ones, less any after the activity that no item fills: a table with no results
 * written has no empty «Ключевой результат» column. Columns the plan names are all kept.
 */
export function columnKeys(table: RoadmapTable): string[] {
  const keys = (table.columns ?? findDefaultColumns(table)).map((c) => (typeof c === 'string' ? c : c.key));
  if (table.stages && table.stage_layout === 'column' && !keys.includes('stage')) {
    const at = keys[0] === 'number' ? 1 : 0;
    return [...keys.slice(0, at), 'stage', ...keys.slice(at)];
  }
  return keys;
}

function findDefaultColumns(table: RoadmapTable): string[] {
  const items = [...(table.items ?? []), ...(table.stages ?? []).flatMap((stage) => stage.items)];
  const filled = (key: string, list: readonly RoadmapItem[]): boolean =>
    list.some((item) => item[key as keyof RoadmapItem] !== undefined || filled(key, item.items ?? []));
  return defaultColumns.filter((key) => key === 'number' || key === 'activity' || filled(key, items));
}
