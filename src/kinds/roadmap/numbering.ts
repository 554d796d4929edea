import type { RoadmapItem, RoadmapTable } from './schema.js';

/** What numbering needs of an item: the items nested in it (a plan's RoadmapItem, or the studio's view of its text). */
export type Nested<T> = { readonly items?: readonly T[] | undefined };
/** An item placed in the table: its number and its depth (0 for a top-level item). */
export type NumberedItem<T extends Nested<T> = RoadmapItem> = {
  readonly item: T;
  readonly number: string;
  readonly depth: number;
};

/** How item numbers are written: `mixed` «1.», «1.1», «1.1.1»; `dots` «1.», «1.1.»; `bare` «1», «1.1». */
export type NumberStyle = 'mixed' | 'dots' | 'bare';

/**
 * Numbers items depth-first to any depth: by default top level «1.», «2.»; nested «1.1», «1.1.1» (FORMAT.md).
 * Within a stage the stage number leads (both layouts, unless `numbering: restart` or `continuous`): «1.1», «1.2».
 * `first` is the top level's first number (continuous numbering goes on from the stages before).
 */
export function numberItems<T extends Nested<T>>(
  items: readonly T[],
  prefix: readonly number[] = [],
  style: NumberStyle = 'mixed',
  first = 1,
): NumberedItem<T>[] {
  const walk = (list: readonly T[], at: readonly number[], from: number): NumberedItem<T>[] =>
    list.flatMap((item, i) => {
      const path = [...at, from + i];
      const number = formatNumber(path, style);
      return [{ item, number, depth: path.length - 1 - prefix.length }, ...walk(item.items ?? [], path, 1)];
    });
  return walk(items, prefix, first);
}

/**
 * The items of stage `s` (from 0) with the numbers the roadmap, the plan-graph drawn from it (which puts the stage
 * number before restarted numbers, schedule/rows.ts) and the studio's table of rows show, by `numbering`: under the stage's number (1.1, 1.2 … 2.1, the default, so that no page shows two rows
 * «1.»); anew in each stage (`restart`: 1., 2.); on across the stages (`continuous`: `before` is the count of the
 * items of the stages before it); none (`stages`: only the stages are numbered).
 */
export function numberStageItems<T extends Nested<T>>(
  items: readonly T[],
  s: number,
  table: Pick<RoadmapTable, 'numbering' | 'number_style'>,
  before = 0,
): NumberedItem<T>[] {
  switch (table.numbering) {
    case 'stages':
      return numberItems(items).map((n) => ({ ...n, number: '' }));
    case 'restart':
      return numberItems(items, [], table.number_style);
    case 'continuous':
      return numberItems(items, [], table.number_style, before + 1);
    default:
      return numberItems(items, [s + 1], table.number_style);
  }
}

/** Each stage's items with their numbers (numberStageItems), the items of the stages before counted. */
export function numberStages(table: RoadmapTable): NumberedItem<RoadmapItem>[][] {
  let before = 0;
  return (table.stages ?? []).map((stage, s) => {
    const numbered = numberStageItems(stage.items, s, table, before);
    before += stage.items.length;
    return numbered;
  });
}

function formatNumber(path: readonly number[], style: NumberStyle): string {
  const joined = path.join('.');
  if (style === 'bare') return joined;
  return style === 'dots' || path.length === 1 ? `${joined}.` : joined;
}
