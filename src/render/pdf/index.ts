import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { hasContents } from '../../model/contents.js';
import { pageGeometry } from '../../model/page.js';
import type { DocumentModel, Section } from '../../model/schema.js';
import { styles } from '../../model/styles.js';
import { documentLanguage } from '../metadata.js';
import { needsPagination } from '../needs-pagination.js';
import { paginateContents } from './contents-pages.js';
import { pdfFontFamily, singleLineHeight } from './fonts.js';
import { joinPdfs, type PdfInfo } from './join-pdfs.js';
import { shouldBreakBefore } from './keep.js';
import { type Laid, layOut } from './lay-out.js';
import { toPdfMargins, toPdfSection } from './page.js';
import { createPageNumbering } from './page-numbers.js';
import { type Define, paginateSection } from './paginate.js';
import { findLongTable, paginateInParts } from './paginate-parts.js';
import type { SectionCache } from './section-cache.js';

/**
 * The document model as a pdfmake document definition. Pure: plain JSON apart from two functions, the sections'
 * header functions (page numbers) and the pageBreakBefore hook (keepNext). The document-level page settings are
 * the first section's; every section carries its own.
 */
export function toPdfDefinition(doc: DocumentModel, compress = true, firstPage = 1): TDocumentDefinitions {
  const first = doc.sections[0];
  const orientation = first?.orientation ?? 'portrait';
  const numbering = createPageNumbering(firstPage);
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: toPdfMargins(pageGeometry(orientation)),
    info: toPdfInfo(doc),
    // PDF/A-2b (archives, government portals): pdfkit embeds an sRGB output intent and declares the language;
    // join-pdfs.ts carries the intent into every file we write and writes the file's metadata anew.
    subset: 'PDF/A-2b',
    version: '1.7',
    language: documentLanguage,
    // No pair kerning (kerning.ts): Word and LibreOffice do not kern a DOCX's body text.
    defaultStyle: {
      font: pdfFontFamily,
      fontSize: styles.body.sizePt,
      lineHeight: singleLineHeight,
    },
    content: doc.sections.map((section, i) => toPdfSection(section, i, numbering)),
    pageBreakBefore: shouldBreakBefore,
    ...(compress ? {} : { compress: false }),
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

/**
 * Renders documents to PDF bytes, fonts embedded; a section shared by several of them is laid out once.
 * `paginate` gives the document as it is to be rendered in both formats: the page of every contents entry
 * (contents-pages.ts), merges down restarted where pages start and rows broken with two lines of each cell on
 * either side (paginate.ts); the layout of a section it kept is drawn for rendering, not laid out again.
 */
export type PdfRenderer = ((doc: DocumentModel) => Promise<Uint8Array>) & {
  readonly paginate: (doc: DocumentModel) => Promise<DocumentModel>;
};

/**
 * A renderer for the files of one package. Sections never flow into each other (each starts a page, with its own
 * orientation and page numbers), so every section is rendered on its own, once, and every file joins the PDFs of
 * its sections (join-pdfs.ts): an order carries its appendices, and the package carries everything, without
 * laying any of them out again. The join also writes what belongs to the whole file: its information and XMP,
 * page labels and a bookmark per titled section. The model never changes, so a section object is its own key; a
 * weak one, and the layout holds only the definition, so that a model nobody else keeps is freed while its PDF is
 * laid out (generate.ts, generateFiles). `compress: false` leaves the page and font streams uncompressed (a draft
 * for the screen, GenerateOptions.draft). `draws: false` is a renderer for the pagination of a DOCX alone: it keeps
 * no layout to draw (lay-out.ts), so it draws nothing unless asked to render. With a `cache` (section-cache.ts),
 * kept by a long-running caller, a section whose content an earlier build rendered is not laid out again.
 */
export function createPdfRenderer({
  compress = true,
  draws = true,
  cache,
}: {
  readonly compress?: boolean;
  readonly draws?: boolean;
  readonly cache?: SectionCache | undefined;
} = {}): PdfRenderer {
  const rendered = new WeakMap<Section, Promise<Uint8Array>>();
  const paginated = new WeakMap<Section, Section>();
  const define = (doc: DocumentModel) => defineSection(doc, compress);
  const keep = (section: Section, pdf: Promise<Uint8Array>) => {
    rendered.set(section, pdf);
    cache?.putPdf(section, compress, pdf);
  };
  const renderSection = (doc: DocumentModel, section: Section) => {
    const known = rendered.get(section) ?? cache?.pdfOf(section, compress);
    if (known) return known;
    const fresh = renderDefinition(define(doc)(section));
    keep(section, fresh);
    return fresh;
  };
  const paginateOnce = (doc: DocumentModel, section: Section) => {
    const known = paginated.get(section) ?? cache?.paginatedOf(section);
    if (known) return known;
    let fresh = section;
    let laid: Laid | undefined;
    // A very long table is paginated and drawn a part at a time (paginate-parts.ts): one part's layout in memory.
    const long = draws || needsPagination(section) ? findLongTable(section) : undefined;
    if (long !== undefined) {
      const parts = paginateInParts(section, define(doc), long, draws);
      fresh = parts.section;
      if (parts.pdf) keep(fresh, parts.pdf);
    } else {
      if (hasContents(fresh)) ({ section: fresh, laid } = paginateContents(fresh, define(doc)));
      if (needsPagination(fresh)) ({ section: fresh, laid } = paginateSection(fresh, define(doc)));
      // Drawn now, as the layout of any section is: the pages are not held while the DOCX is made.
      if (laid && draws) keep(fresh, laid.draw());
    }
    paginated.set(section, fresh);
    cache?.putPaginated(section, fresh);
    return fresh;
  };
  // Not async, and the model in no closure that outlives the call: the layout must not keep it alive.
  const render = (doc: DocumentModel) =>
    joinSections(
      doc.sections.map((section) => renderSection(doc, section)),
      toPdfInfo(doc),
      doc.sections.map((section) => section.title),
    );
  const paginate = async (doc: DocumentModel) => {
    const sections = doc.sections.map((section) => paginateOnce(doc, section));
    return sections.every((s, i) => s === doc.sections[i]) ? doc : { ...doc, sections };
  };
  return Object.assign(render, { paginate });
}

/**
 * The model with the pages of its contents (contents-pages.ts) and nothing else of paginate: the stage the golden
 * models show.
 */
export function withContentsPages(model: DocumentModel): DocumentModel {
  if (!model.sections.some(hasContents)) return model;
  const sections = model.sections.map((section) =>
    hasContents(section) ? paginateContents(section, defineSection(model)).section : section,
  );
  return { ...model, sections };
}

/**
 * The definition of one section of the document: each is laid out alone, and the parts are joined (join-pdfs.ts).
 * `firstPage`: the number its first page gets (a part of a long table, paginate-parts.ts).
 */
function defineSection(doc: DocumentModel, compress = true): Define {
  return (section, firstPage = 1) => toPdfDefinition({ ...doc, sections: [section] }, compress, firstPage);
}

/** One document as PDF bytes, paginated (createPdfRenderer for several that share sections). */
export function renderPdf(doc: DocumentModel): Promise<Uint8Array> {
  const render = createPdfRenderer();
  return render.paginate(doc).then(render);
}

/** A file's PDF from the PDFs of its sections (join-pdfs.ts). */
async function joinSections(
  parts: readonly Promise<Uint8Array>[],
  info: PdfInfo,
  titles: readonly (string | undefined)[],
): Promise<Uint8Array> {
  return joinPdfs(await Promise.all(parts), info, titles);
}

/**
 * Laid out once the caller has returned, as pdfmake's createPdf did: the model the definition was made from is then
 * held by nothing but its caller, and is freed while its PDF is laid out (generate.ts, generateFiles).
 */
function renderDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  return Promise.resolve().then(() => layOut(definition).draw());
}
