import { pageGeometry, textHeightMm, textWidthMm } from '../model/page.js';
import type { Section } from '../model/schema.js';
import { findBreakableRows } from './breakable-rows.js';
import { resolveTableWidthsMm } from './column-widths.js';
import { hasVerticalMerges } from './split-merges.js';
import { countHeaderRows, toInnerWidthsMm } from './table-grid.js';

/** Asked of a section up to three times (generate.ts, the PDF renderer's paginate): its rows are measured once. */
const known = new WeakMap<Section, boolean>();

/**
 * Whether a section's model depends on its PDF layout (step 6a, pdf/paginate.ts): a table that merges cells down
 * (the merges restart where pages start), or one with a row tall enough to break across pages (the break may have to
 * move, lone-lines.ts). Either needs pdfmake even for a DOCX alone.
 */
export function needsPagination(section: Section): boolean {
  let needs = known.get(section);
  if (needs === undefined) {
    needs = hasVerticalMerges(section) || hasBreakableRows(section);
    known.set(section, needs);
  }
  return needs;
}

function hasBreakableRows(section: Section): boolean {
  const page = pageGeometry(section.orientation);
  const pageTextHeightMm = textHeightMm(page);
  return section.children.some((block) => {
    if (block.type !== 'table') return false;
    const innerMm = toInnerWidthsMm(resolveTableWidthsMm(block, textWidthMm(page)));
    return findBreakableRows(block, innerMm, countHeaderRows(block.rows), pageTextHeightMm).size > 0;
  });
}
