import type { Section } from '../../model/schema.js';
import { breakableShare } from '../breakable-rows.js';
import type { RowBox } from '../lone-lines.js';
import type { PageStarts } from '../split-merges.js';
import { countHeaderRows } from '../table-grid.js';

/** A page left emptier than this share of its text height by a tall row that moved on whole gets that row broken. */
export const emptyShare = 0.1;

/**
 * The cuts with a tall row under a merge that began a page set apart (a cut below it too), where the page above was
 * left more than `emptyShare` empty. Under a merge a row is kept whole (breakable-rows.ts), so a row taller than
 * `breakableShare` of a page, which may break anywhere else, moved on whole and left the space above it blank (a
 * long roadmap had pages 30 % empty). Its own one-row part of the stage cell lets it break there in the next layout,
 * as Word breaks a tall row; a row a lone-line guard moved whole (`whole`) stays whole.
 */
export function isolateTallRowsMovedWhole(
  section: Section,
  cuts: PageStarts,
  boxes: ReadonlyMap<number, readonly RowBox[]>,
  pageTextHeightPt: number,
): PageStarts {
  let changed = false;
  const result = new Map(cuts);
  for (const [i, starts] of cuts) {
    const table = section.children[i];
    const tableBoxes = boxes.get(i);
    if (table?.type !== 'table' || tableBoxes === undefined) continue;
    const headerRows = countHeaderRows(table.rows);
    const headerPt = tableBoxes.slice(0, headerRows).reduce((sum, box) => sum + (box?.heightPt ?? 0), 0);
    const firstPage = tableBoxes[headerRows]?.startPage;
    const added = starts.filter((r) => {
      const box = tableBoxes[r];
      const row = table.rows[r];
      // A held height (agreed-cuts.ts) would keep it whole in LibreOffice, which never breaks a row with a least height.
      if (box === undefined || starts.includes(r + 1) || r + 1 >= table.rows.length) return false;
      if (row?.whole || row?.minHeightPt !== undefined) return false;
      if (box.startPage !== box.endPage || box.heightPt <= breakableShare * pageTextHeightPt) return false;
      const above = box.startPage - 1;
      if (firstPage === undefined || above <= firstPage) return false;
      const usedPt = sumRowsOnPage(tableBoxes, headerRows, above);
      return usedPt !== undefined && pageTextHeightPt - headerPt - usedPt > emptyShare * pageTextHeightPt;
    });
    if (added.length === 0) continue;
    changed = true;
    result.set(
      i,
      [...new Set([...starts, ...added.map((r) => r + 1)])].sort((a, b) => a - b),
    );
  }
  return changed ? result : cuts;
}

/** The height of the body rows lying on `page`; undefined when a row broken across pages shares it. */
function sumRowsOnPage(
  boxes: readonly (RowBox | undefined)[],
  headerRows: number,
  page: number,
): number | undefined {
  let sum = 0;
  for (const box of boxes.slice(headerRows)) {
    if (box === undefined || box.endPage < page || box.startPage > page) continue;
    if (box.startPage !== box.endPage) return undefined;
    sum += box.heightPt;
  }
  return sum;
}
