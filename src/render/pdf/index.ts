import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { pageGeometry } from '../../model/page.js';
import type { DocumentModel, Section } from '../../model/schema.js';
import { styles } from '../../model/styles.js';
import { getPdfMake, pdfFontFamily, singleLineHeight } from './fonts.js';
import { joinPdfs, type PdfInfo } from './join-pdfs.js';
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
    info: toPdfInfo(doc),
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

/** The document information: from the model, never the clock, so the same plan gives the same bytes. */
function toPdfInfo(doc: DocumentModel): PdfInfo {
  return {
    title: doc.meta.title,
    ...(doc.meta.author !== undefined && { author: doc.meta.author }),
    creator: 'gramota',
    producer: 'gramota',
    creationDate: new Date(doc.meta.createdAt),
  };
}

/** Renders documents to PDF bytes, fonts embedded; a section shared by several of them is laid out once. */
export type PdfRenderer = (doc: DocumentModel) => Promise<Uint8Array>;

/**
 * A renderer for the files of one package. Sections never flow into each other (each starts a page, with its own
 * orientation and page numbers), so every section is rendered on its own, once, and a file of several sections
 * joins their PDFs (join-pdfs.ts): an order carries its appendices, and the package carries everything, without
 * laying any of them out again. A file of one section is that section's PDF as pdfmake wrote it, when it was
 * rendered with the file's own title. The model never changes, so a section object is its own key.
 */
export function createPdfRenderer(): PdfRenderer {
  const rendered = new Map<Section, { readonly bytes: Promise<Uint8Array>; readonly info: string }>();
  const renderSection = (doc: DocumentModel, section: Section) => {
    const known = rendered.get(section);
    if (known) return known;
    const one = { ...doc, sections: [section] };
    const fresh = { bytes: renderDefinition(toPdfDefinition(one)), info: JSON.stringify(toPdfInfo(one)) };
    rendered.set(section, fresh);
    return fresh;
  };
  return async (doc) => {
    const parts = doc.sections.map((section) => renderSection(doc, section));
    const info = toPdfInfo(doc);
    if (parts.length === 1 && parts[0]!.info === JSON.stringify(info)) return parts[0]!.bytes;
    return joinPdfs(await Promise.all(parts.map((part) => part.bytes)), info);
  };
}

/** One document as PDF bytes (createPdfRenderer for several that share sections). */
export function renderPdf(doc: DocumentModel): Promise<Uint8Array> {
  return createPdfRenderer()(doc);
}

async function renderDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await getPdfMake().createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
