import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { pageGeometry } from '../../model/page.js';
import type { DocumentModel } from '../../model/schema.js';
import { styles } from '../../model/styles.js';
import { getPdfMake, pdfFontFamily, singleLineHeight } from './fonts.js';
import { shouldBreakBefore } from './keep.js';
import { toPdfMargins, toPdfSection } from './page.js';
import { createPageNumbering } from './page-numbers.js';

/**
 * The document model as a pdfmake document definition. Pure: plain JSON apart from two functions, the sections'
 * header functions (page numbers) and the pageBreakBefore hook (keepNext). The document-level page settings are
 * the first section's; every section carries its own.
 */
export function toPdfDefinition(doc: DocumentModel): TDocumentDefinitions {
  const first = doc.sections[0];
  const orientation = first?.orientation ?? 'portrait';
  const numbering = createPageNumbering();
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: toPdfMargins(pageGeometry(orientation)),
    info: {
      title: doc.meta.title,
      ...(doc.meta.author !== undefined && { author: doc.meta.author }),
      creator: 'gramota',
      producer: 'gramota',
      // From the model, never the clock: the same plan gives the same bytes.
      creationDate: new Date(doc.meta.createdAt),
    },
    // No pair kerning (kerning.ts): Word and LibreOffice do not kern a DOCX's body text.
    defaultStyle: {
      font: pdfFontFamily,
      fontSize: styles.body.sizePt,
      lineHeight: singleLineHeight,
    },
    content: doc.sections.map((section, i) => toPdfSection(section, i, numbering)),
    pageBreakBefore: shouldBreakBefore,
  };
}

/** The document as PDF bytes, fonts embedded. */
export async function renderPdf(doc: DocumentModel): Promise<Uint8Array> {
  const buffer = await getPdfMake().createPdf(toPdfDefinition(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
