import type { Section, Table } from '../../model/schema.js';
import type { RowBox, RowGuard } from '../lone-lines.js';
import { mergesDown, type PageStarts } from '../split-merges.js';

/**
 * Where merges down are cut when a layout does not agree with the cuts it was made with at once (paginate.ts). Cutting
 * a merge at a row changes the row above it too (the merged text then ends there), so a stage name too tall for the
 * rows left on a page can move the page start back when the merge is cut there and forth when it is cut at the next
 * row: replacing the cuts by the page starts found need never end (46 rows of the Vologda roadmap did not).
 */

/**
 * The cuts for the next layout: the known ones up to the first page start that is not a cut (the pages above it
 * agree, a cut that fell mid-page included, which kept the start where it is), then the page starts found.
 */
export function keepAgreedCuts(known: PageStarts, found: PageStarts): PageStarts {
  const next = new Map<number, readonly number[]>();
  for (const i of new Set([...known.keys(), ...found.keys()])) {
    const had = known.get(i) ?? [];
    const rows = found.get(i) ?? [];
    const cut = new Set(had);
    const missing = rows.find((r) => !cut.has(r));
    const agreed = missing === undefined ? had : had.filter((r) => r < missing);
    next.set(i, missing === undefined ? had : [...agreed, ...rows.filter((r) => r >= missing)]);
  }
  return next;
}

/** Whether every page start found is a cut. */
export function isEveryStartCut(cuts: PageStarts, found: PageStarts): boolean {
  return [...found].every(([i, rows]) => {
    const cut = new Set(cuts.get(i));
    return rows.every((r) => cut.has(r));
  });
}

/**
 * For the cuts where no page starts (`cuts` less the layout's `starts`): the rows above each, from the cut or merge
 * before it, held at the heights the layout gave them (`minHeightPt`, in twips as Word keeps a row height). Those
 * heights held the merged text there, so with the cut gone the pages above it lie as they lay, and the stage name
 * is not repeated mid-page.
 */
export function holdRowsAboveExtraCuts(
  section: Section,
  cuts: PageStarts,
  starts: PageStarts,
  boxes: ReadonlyMap<number, readonly RowBox[]>,
): Map<number, Map<number, RowGuard>> {
  const held = new Map<number, Map<number, RowGuard>>();
  for (const [i, rows] of cuts) {
    const table = section.children[i];
    if (table?.type !== 'table') continue;
    const kept = new Set([...(starts.get(i) ?? []), ...findMergeStarts(table)]);
    const heights = new Map<number, RowGuard>();
    for (const extra of rows.filter((r) => !kept.has(r))) {
      let from = extra - 1;
      while (from > 0 && !kept.has(from)) from--;
      for (let r = from; r < extra; r++) {
        const box = boxes.get(i)?.[r];
        if (box && box.startPage === box.endPage)
          heights.set(r, { minHeightPt: Math.ceil(box.heightPt * 20) / 20 });
      }
    }
    if (heights.size > 0) held.set(i, heights);
  }
  return held;
}

/** Every body row of every table that merges down: cut there, each row repeats the merged text in a cell of its own. */
export function cutEveryRow(section: Section): PageStarts {
  const starts = new Map<number, number[]>();
  section.children.forEach((block, i) => {
    if (block.type === 'table' && mergesDown(block))
      starts.set(
        i,
        block.rows.map((_, r) => r),
      );
  });
  return starts;
}

function findMergeStarts(table: Table): number[] {
  return table.rows.flatMap((row, r) => (row.cells.some((c) => (c.rowSpan ?? 1) > 1) ? [r] : []));
}
