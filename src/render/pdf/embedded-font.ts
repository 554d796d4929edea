import { fontFiles } from '../../fonts.js';
import { platform } from '../../platform/index.js';

type Pdfkit = new (options: object) => { font(path: string): { _font: object } };

/**
 * The prototype of pdfkit's EmbeddedFont, which pdfkit does not export: an opened font leads to it. The document that
 * opens it has no default font (pdfkit would parse Helvetica's metrics for one, some 15 ms of a cold start; pdfmake's
 * documents do without one too). For the adjustments of kerning.ts, hyphens.ts and word-layout.ts.
 */
export function readEmbeddedFontPrototype<T>(): T {
  const PDFDocument = platform.loadModule<Pdfkit>('pdfkit');
  return Object.getPrototypeOf(
    new PDFDocument({ autoFirstPage: false, font: null }).font(fontFiles.normal)._font,
  ) as T;
}
