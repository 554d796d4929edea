import type { RoadmapItem, RoadmapTable } from './schema.js';

/** An item placed in the table: its number and its depth (0 for a top-level item). */
export type NumberedItem = { readonly item: RoadmapItem; readonly number: string; readonly depth: number };

/** How item numbers are written: `mixed` «1.», «1.1», «1.1.1»; `dots` «1.», «1.1.»; `bare` «1», «1.1». */
export type NumberStyle = 'mixed' | 'dots' | 'bare';

/**
 * Numbers items depth-first to any depth: by default top level «1.», «2.»; nested «1.1», «1.1.1» (FORMAT.md).
 * Within a stage the stage number leads (both layouts, unless `numbering: restart` or `continuous`): «1.1», «1.2».
 * `first` is the top level's first number (continuous numbering goes on from the stages before).
 */
export function numberItems(
  items: readonly RoadmapItem[],
  prefix: readonly number[] = [],
  style: NumberStyle = 'mixed',
  first = 1,
): NumberedItem[] {
  const walk = (list: readonly RoadmapItem[], at: readonly number[], from: number): NumberedItem[] =>
    list.flatMap((item, i) => {
      const path = [...at, from + i];
      const number = formatNumber(path, style);
      return [{ item, number, depth: path.length - 1 - prefix.length }, ...walk(item.items ?? [], path, 1)];
    });
  return walk(items, prefix, first);
}

/**
 * Each stage's items with the numbers the table prints, by `numbering`: under the stage's number (1.1, 1.2 … 2.1,
 * the default, so that no page shows two rows «1.»); anew in each stage (`restart`: 1., 2.); on across the stages
 * (`continuous`: 1.–3. in the first, 4. in the second); none (`stages`: only the stages are numbered). The roadmap
 * and the plan-graph drawn from it number alike.
 */
export function numberStages(table: RoadmapTable): NumberedItem[][] {
  let before = 0;
  return (table.stages ?? []).map((stage, s) => {
    switch (table.numbering) {
      case 'stages':
        return numberItems(stage.items).map((n) => ({ ...n, number: '' }));
      case 'restart':
        return numberItems(stage.items, [], table.number_style);
      case 'continuous':
        before += stage.items.length;
        return numberItems(stage.items, [], table.number_style, before - stage.items.length + 1);
      default:
        return numberItems(stage.items, [s + 1], table.number_style);
    }
  });
}

function formatNumber(path: readonly number[], style: NumberStyle): string {
  const joined = path.join('.');
  if (style === 'bare') return joined;
  return style === 'dots' || path.length === 1 ? `${joined}.` : joined;
}
