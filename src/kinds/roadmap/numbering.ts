import type { RoadmapItem } from './schema.js';

/** An item placed in the table: its number and its depth (0 for a top-level item). */
export type NumberedItem = { readonly item: RoadmapItem; readonly number: string; readonly depth: number };

/**
 * Numbers items depth-first to any depth: top level «1.», «2.»; nested «1.1», «1.1.1» (FORMAT.md).
 * Within a stage in the rows layout the stage number leads: «1.1», «1.2», «1.1.1».
 */
export function numberItems(
  items: readonly RoadmapItem[],
  prefix: readonly number[] = [],
  base = prefix.length,
): NumberedItem[] {
  return items.flatMap((item, i) => {
    const path = [...prefix, i + 1];
    const number = path.length === 1 ? `${path[0]}.` : path.join('.');
    return [{ item, number, depth: path.length - 1 - base }, ...numberItems(item.items ?? [], path, base)];
  });
}
