import { defaultColumns } from './columns.js';
import type { RoadmapTable } from './schema.js';

/** Column keys of a roadmap table in order; the stage column comes after № when stages are laid out as a column. */
export function columnKeys(table: RoadmapTable): string[] {
  const keys = (table.columns ?? defaultColumns).map((c) => (typeof c === 'string' ? c : c.key));
  if (table.stages && table.stage_layout === 'column' && !keys.includes('stage')) {
    const at = keys[0] === 'number' ? 1 : 0;
    return [...keys.slice(0, at), 'stage', ...keys.slice(at)];
  }
  return keys;
}
