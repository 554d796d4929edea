import type { RoadmapItem, RoadmapTable } from './schema.js';

/** An item placed in the table: its number and its depth (0 for a top-level item). */
export type NumberedItem = { readonly item: RoadmapItem; readonly number: string; readonly depth: number };

/** How item numbers are written: `mixed` «1.», «1.1», «1.1.1»; `dots` «1.», «1.1.»; `bare` «1», «1.1». */
export type NumberStyle = 'mixed' | 'dots' | 'bare';

/**
 * Numbers items depth-first to any depth: by default top level «1.», «2.»; nested «1.1», «1.1.1» (FORMAT.md).
 * Within a stage the stage number leads (both layouts, unless `numbering: restart`): «1.1», «1.2», «1.1.1».
 */
export function numberItems(
  items: readonly RoadmapItem[],
  prefix: readonly number[] = [],
  style: NumberStyle = 'mixed',
): NumberedItem[] {
  const walk = (list: readonly RoadmapItem[], at: readonly number[]): NumberedItem[] =>
    list.flatMap((item, i) => {
      const path = [...at, i + 1];
      const number = formatNumber(path, style);
      return [{ item, number, depth: path.length - 1 - prefix.length }, ...walk(item.items ?? [], path)];
    });
  return walk(items, prefix);
}

/**
 * What the numbers of stage `s`'s items (from 0) start with, in both layouts: the stage's number (1.1, 1.2 … 2.1),
 * so that no page shows two rows «1.»; none with `numbering: restart` (1., 2. in each stage). The roadmap and the
 * plan-graph drawn from it number alike.
 */
export function toStagePrefix(numbering: RoadmapTable['numbering'], s: number): number[] {
  return numbering === 'restart' ? [] : [s + 1];
}

function formatNumber(path: readonly number[], style: NumberStyle): string {
  const joined = path.join('.');
  if (style === 'bare') return joined;
  return style === 'dots' || path.length === 1 ? `${joined}.` : joined;
}
