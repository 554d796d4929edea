import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { concatBytes } from '../../platform/concat-bytes.js';
import { platform } from '../../platform/index.js';
import { getPdfFileSystem, getPdfMake } from './fonts.js';

/**
 * A definition laid out: its pages, placed line by line. `draw` writes them with pdfkit and gives the PDF bytes;
 * `drawFirst` writes only the first `count` into the file (PdfFile) the layout was made for, which is not ended.
 */
export type Laid = {
  readonly draw: () => Promise<Uint8Array>;
  readonly drawFirst: (count: number) => void;
};

/** pdfkit's document, which pushes the file's bytes as it writes them (`null` when it has ended). */
type PdfKitDocument = { push(chunk: Uint8Array | null): boolean; end(): void };
/** A document that keeps what it pushes (loadDocumentClass). */
type Writing = PdfKitDocument & { written?: Uint8Array[]; whenEnded?: (bytes: Uint8Array) => void };
type Page = { pageSize: { width: number; height: number } };
type Printer = {
  fonts: object;
  localAccessPolicy: (path: string) => boolean;
  tableLayouts: object;
};
type Definition = TDocumentDefinitions & Record<string, unknown>;

/**
 * pdfmake's createPdf (Printer.createPdfKitDocument in pdfmake 0.3) in its two steps: the layout, which places every
 * line on its page and is all that the pagination (paginate.ts) and the contents' page numbers (contents-pages.ts)
 * read, and the drawing of the pages into the file, which takes about as long again. Each pass that only tells where
 * rows or headings fell is laid out and never drawn; a DOCX alone draws no PDF at all.
 * The definition is what toPdfDefinition makes: local fonts (no URL to resolve), no images, attachments or files,
 * a header and footer, when any, as functions.
 * A layout is made for the pdfkit document it is drawn into (its fonts are that document's): its own, or `file`, one
 * that several layouts share (openPdfFile), each drawing some of its pages (paginate-parts.ts).
 */
export function layOut(definition: TDocumentDefinitions, file?: PdfFile): Laid {
  const pdfmake = getPdfMake() as unknown as Printer;
  const def = definition as Definition;
  const { normalizePageSize, normalizePageMargin } = loadPageSize();
  const pageSize = normalizePageSize(def.pageSize, def.pageOrientation);
  const pdfKitDoc = file?.pdfKitDoc ?? openPdfKitDocument(def, pageSize);
  const Builder = platform.loadModule<{ default: BuilderClass }>('pdfmake/js/LayoutBuilder.js').default;
  const SvgMeasure = platform.loadModule<{ default: new () => object }>('pdfmake/js/SVGMeasure.js').default;
  const builder = new Builder(pageSize, normalizePageMargin(def.pageMargins ?? 40), new SvgMeasure());
  builder.registerTableLayouts(
    platform.loadModule<{ tableLayouts: object }>('pdfmake/js/tableLayouts.js').tableLayouts,
  );
  builder.registerTableLayouts(pdfmake.tableLayouts);
  const pages = builder.layoutDocument(
    def.content,
    pdfKitDoc,
    def.styles ?? {},
    def.defaultStyle ?? { fontSize: 12, font: 'Roboto' },
    def.background,
    def.header,
    def.footer,
    def.watermark,
    def.pageBreakBefore,
  );
  return {
    draw: () => {
      renderPages(pdfKitDoc, pages);
      return endDocument(pdfKitDoc);
    },
    drawFirst: (count) => renderPages(pdfKitDoc, pages.slice(0, count)),
  };
}

/**
 * A pdfkit document that several layouts draw their pages into, one after another (drawFirst); the last one's
 * `draw` ends it, and gives the bytes of the whole file.
 */
export type PdfFile = { readonly pdfKitDoc: PdfKitDocument };

/** The file of a definition's document settings (page size, PDF/A, information): what layOut would open. */
export function openPdfFile(definition: TDocumentDefinitions): PdfFile {
  const def = definition as Definition;
  return {
    pdfKitDoc: openPdfKitDocument(def, loadPageSize().normalizePageSize(def.pageSize, def.pageOrientation)),
  };
}

function openPdfKitDocument(def: Definition, pageSize: { width: number; height: number }): PdfKitDocument {
  const pdfmake = getPdfMake() as unknown as Printer;
  const PDFDocument = loadDocumentClass();
  return new PDFDocument(
    pdfmake.fonts,
    {},
    {},
    {},
    {
      size: [pageSize.width, pageSize.height],
      pdfVersion: def.version ?? '1.3',
      subset: def.subset,
      tagged: def.tagged === true,
      displayTitle: def.displayTitle === true,
      compress: def.compress !== false,
      userPassword: def.userPassword,
      ownerPassword: def.ownerPassword,
      permissions: def.permissions,
      lang: def.language,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      info: toPdfKitInfo(def.info),
      font: null,
    },
    getPdfFileSystem(),
    pdfmake.localAccessPolicy,
  );
}

type PdfKitClass = new (...args: unknown[]) => PdfKitDocument;

let DocumentClass: PdfKitClass | undefined;

/**
 * pdfmake's document class, keeping the bytes its pdfkit pushes into its stream: the stream is then never read.
 * Read through it, they went through the stream's buffer and events (in the browser, a Buffer copy of each piece and a
 * timer per event) and were copied into one array twice. pdfkit pushes its header while it is constructed, before any
 * field of a subclass would be set: the list is made by the first push.
 */
function loadDocumentClass(): PdfKitClass {
  if (DocumentClass) return DocumentClass;
  const Base = platform.loadModule<{ default: PdfKitClass }>('pdfmake/js/PDFDocument.js').default;
  DocumentClass = class extends Base {
    override push(this: Writing, chunk: Uint8Array | null): boolean {
      this.written ??= [];
      if (chunk !== null) this.written.push(chunk);
      else this.whenEnded?.(concatBytes(this.written));
      return true;
    }
  };
  return DocumentClass;
}
type BuilderClass = new (
  pageSize: object,
  margins: object,
  svgMeasure: object,
) => {
  registerTableLayouts(layouts: object): void;
  layoutDocument(...args: unknown[]): Page[];
};

function loadPageSize() {
  return platform.loadModule<{
    normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
    normalizePageMargin(margins: unknown): object;
  }>('pdfmake/js/PageSize.js');
}

function renderPages(pdfKitDoc: PdfKitDocument, pages: Page[]): void {
  const Renderer = platform.loadModule<{
    default: new (doc: PdfKitDocument) => { renderPages(pages: Page[]): void };
  }>('pdfmake/js/Renderer.js').default;
  new Renderer(pdfKitDoc).renderPages(pages);
}

/** The document ended, and its bytes: pdfkit ends it when the last of its objects is written. */
function endDocument(pdfKitDoc: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve) => {
    (pdfKitDoc as Writing).whenEnded = resolve;
    pdfKitDoc.end();
  });
}

/** The document information as pdfmake passes it to pdfkit (Printer's createMetadata). */
function toPdfKitInfo(info: object | undefined): Record<string, unknown> {
  const standard = [
    'Title',
    'Author',
    'Subject',
    'Keywords',
    'Creator',
    'Producer',
    'CreationDate',
    'ModDate',
    'Trapped',
  ];
  const result: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info ?? {})) {
    if (!value) continue;
    const upper = key.charAt(0).toUpperCase() + key.slice(1);
    result[standard.includes(upper) ? upper : key.replace(/\s+/g, '')] = value;
  }
  return result;
}
