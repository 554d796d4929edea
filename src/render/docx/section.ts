import {
  Header,
  type ISectionOptions,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { pageGeometry, textHeightMm, textWidthMm } from '../../model/page.js';
import type { Section } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { a4Twip, mmToTwip } from '../../model/units.js';
import { toDocxBlocks } from './blocks.js';
import { createDocxContext } from './context.js';
import type { RawRowStore } from './raw-rows.js';
import { toStyleId } from './styles.js';

/**
 * Page setup of a section: A4, GOST margins (rotated with the sheet for landscape), header 10 mm from the edge.
 * docx takes the PORTRAIT size with a landscape orientation and swaps it itself; A4 is given in Word's own twips.
 */
export function toPageProperties(section: Section): NonNullable<ISectionOptions['properties']> {
  const { margins } = pageGeometry(section.orientation);
  const edgeTwip = mmToTwip(layout.headerMm);
  return {
    titlePage: section.pageNumbers === 'fromSecond',
    page: {
      size: {
        width: a4Twip.short,
        height: a4Twip.long,
        orientation:
          section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwip(margins.top),
        right: mmToTwip(margins.right),
        bottom: mmToTwip(margins.bottom),
        left: mmToTwip(margins.left),
        header: edgeTwip,
        footer: edgeTwip,
        gutter: 0,
      },
      // Each section counts its pages from 1 (an appendix in its own section starts again).
      pageNumbers: { start: 1 },
    },
  };
}

function toHeader(withPageNumber: boolean): Header {
  const children = withPageNumber ? [new TextRun({ children: [PageNumber.CURRENT] })] : [];
  return new Header({ children: [new Paragraph({ style: toStyleId('pageNumber'), children })] });
}

/**
 * Headers are always written, even empty ones: Word carries a section's header over to the next section that has
 * none, which would number the pages of a section that asks for no numbers.
 */
function toHeaders(section: Section): NonNullable<ISectionOptions['headers']> {
  if (section.pageNumbers === 'fromSecond') {
    // GOST R 7.0.97: no number on the first page, centred digits in the top margin from the second.
    return { first: toHeader(false), default: toHeader(true) };
  }
  return { default: toHeader(false) };
}

/** A model section as a Word section. */
export function toDocxSection(
  section: Section,
  nextListInstance: () => number,
  rawRows?: RawRowStore,
): ISectionOptions {
  const page = pageGeometry(section.orientation);
  const heightMm = textHeightMm(page);
  return {
    properties: toPageProperties(section),
    headers: toHeaders(section),
    children: [
      ...toDocxBlocks(
        section.children,
        createDocxContext(textWidthMm(page), heightMm, nextListInstance, rawRows),
      ),
      ...(section.children.at(-1)?.type === 'table' ? [toParagraphAfterTable()] : []),
    ],
  };
}

/**
 * Word ends a section with a paragraph: after a final table it adds an empty one of the body's 14 pt, which can
 * fall on a page of its own. This one is a twentieth of a point high (1 twip, exact; 1 pt still took a page of
 * its own after a table that filled the page in LibreOffice) and holds the section break between sections.
 */
function toParagraphAfterTable(): Paragraph {
  return new Paragraph({
    style: toStyleId('bodyPlain'),
    spacing: { before: 0, after: 0, line: 1, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}
