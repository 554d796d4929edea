import type { ContentSection, Margins } from 'pdfmake/interfaces.js';
import { type PageGeometry, pageGeometry, textHeightMm, textWidthMm } from '../../model/page.js';
import type { Block, Section } from '../../model/schema.js';
import { mmToPt } from '../../model/units.js';
import { toPdfBlocks } from './blocks.js';
import type { BlockContext } from './context.js';
import type { PageNumbering } from './page-numbers.js';

/**
 * A model section as a pdfmake `section` node (pdfmake ≥ 0.3): it starts on a new page with its own orientation,
 * margins and header, so sections of one document may differ in all three.
 */
export function toPdfSection(section: Section, index: number, numbering: PageNumbering): ContentSection {
  const page = pageGeometry(section.orientation);
  const ctx: BlockContext = {
    widthMm: textWidthMm(page),
    pageTextHeightMm: textHeightMm(page),
    inList: false,
    outline: undefined,
    inTable: false,
    align: undefined,
    path: `s${index}`,
  };
  return {
    section: toPdfBlocks(withoutTrailingBreaks(section.children), ctx),
    pageSize: 'A4',
    pageOrientation: section.orientation,
    pageMargins: toPdfMargins(page),
    header: numbering.headerOf(index, section.pageNumbers, page),
  };
}

/** Page margins in pt, in pdfmake's order [left, top, right, bottom]. */
export function toPdfMargins(page: PageGeometry): Margins {
  const { left, top, right, bottom } = page.margins;
  return [mmToPt(left), mmToPt(top), mmToPt(right), mmToPt(bottom)];
}

/**
 * Page breaks at the end of a section are dropped: the next section starts a new page anyway, and pdfmake would
 * give the already opened empty page to the next section without its orientation, margins and header.
 */
function withoutTrailingBreaks(blocks: readonly Block[]): readonly Block[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1]?.type === 'pageBreak') end -= 1;
  return blocks.slice(0, end);
}
