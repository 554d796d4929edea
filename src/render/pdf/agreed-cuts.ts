import type { Section, Table } from '../../model/schema.js';
import { type RowBox, type RowGuard, roundToTwip } from '../lone-lines.js';
import { type PageStarts, startsMerge } from '../split-merges.js';

/**
 * Where merges down are cut when a layout does not agree with the cuts it was made with at once (paginate.ts). Cutting
 * a merge at a row changes the rows above it too (the merged text then ends there), so a stage name too tall for the
 * rows left on a page can move the page start back when the merge is cut at the next row, and forth when it is not:
 * replacing the cuts by the page starts found need never end (46 rows of the Vologda roadmap did not, and pages began
 * with a blank stage cell).
 */

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
    const tableBoxes = boxes.get(i) ?? [];
    const heights = new Map<number, RowGuard>();
    for (const extra of rows.filter((r) => !kept.has(r))) {
      let from = extra - 1;
      while (from > 0 && !kept.has(from)) from--;
      for (let r = from; r < extra; r++) {
        const box = tableBoxes[r];
        if (box && box.startPage === box.endPage) heights.set(r, { minHeightPt: roundToTwip(box.heightPt) });
      }
    }
    if (heights.size > 0) held.set(i, heights);
  }
  return held;
}

function findMergeStarts(table: Table): number[] {
  return table.rows.flatMap((row, r) => (startsMerge(row) ? [r] : []));
}
