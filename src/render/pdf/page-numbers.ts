import type { DynamicContent } from 'pdfmake/interfaces.js';
import type { PageGeometry } from '../../model/page.js';
import type { Section } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { pageNumberLevel } from './keep.js';
import { toPdfStyle } from './styles.js';

/**
 * Page numbers that restart at 1 in every section. pdfmake hands a header function only the page's number in the
 * whole document, so the numbering keeps, per layout pass, the first page on which each section's header was asked
 * for. This relies on pdfmake's documented order: after each layout pass it calls the header function of every
 * page, pages 1, 2, 3, … in turn — so page 1 starts a new pass, and every section has a header function (one that
 * returns null when the section shows no numbers) to be told where it starts. `firstNumber` is the number of the
 * first page laid out: 1, or more for a part of a section laid out on its own (paginate-parts.ts).
 */
export type PageNumbering = {
  readonly headerOf: (
    sectionIndex: number,
    pageNumbers: Section['pageNumbers'],
    page: PageGeometry,
  ) => DynamicContent;
};

export function createPageNumbering(firstNumber = 1): PageNumbering {
  const firstPages = new Map<number, number>();
  return {
    // Only the section's setting, not the section: the definition (and pdfmake's layout) must not keep the model.
    headerOf: (sectionIndex, pageNumbers, page) => (currentPage) => {
      if (currentPage === 1) firstPages.clear();
      const first = firstPages.get(sectionIndex) ?? currentPage;
      firstPages.set(sectionIndex, first);
      const number = currentPage - first + firstNumber;
      if (pageNumbers === 'none' || number === 1) return null;
      return toPageNumberNode(number, page);
    },
  };
}

/**
 * Digits only, centred over the text area (between the side margins, as Word centres a header paragraph), the top
 * of the line layout.headerMm below the top edge — Word's "header from top" distance, which GOST R 7.0.97 asks to
 * be at least 10 mm.
 */
function toPageNumberNode(number: number, page: PageGeometry) {
  const { left, right } = page.margins;
  return {
    text: String(number),
    ...toPdfStyle('pageNumber'),
    headlineLevel: pageNumberLevel,
    margin: [mmToPt(left), mmToPt(layout.headerMm), mmToPt(right), 0] as [number, number, number, number],
  };
}
