import { fontFiles, readFontFile } from '../../fonts.js';
import { platform } from '../../platform/index.js';

type Pdfkit = new (options: object) => { font(src: Uint8Array): { _font: object } };

let prototype: object | undefined;

/**
 * The prototype of pdfkit's EmbeddedFont, which pdfkit does not export: an opened font leads to it. The document that
 * opens it has no default font (pdfkit would parse Helvetica's metrics for one, some 15 ms of a cold start; pdfmake's
 * documents do without one too), and the font is the copy every document embeds (readFontFile). Opened once, for the
 * adjustments of kerning.ts, hyphens.ts and word-layout.ts.
 */
export function readEmbeddedFontPrototype<T>(): T {
  if (prototype === undefined) {
    const PDFDocument = platform.loadModule<Pdfkit>('pdfkit');
    const document = new PDFDocument({ autoFirstPage: false, font: null });
    prototype = Object.getPrototypeOf(document.font(readFontFile(fontFiles.normal))._font) as object;
  }
  return prototype as T;
}
