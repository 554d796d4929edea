import { fontFiles } from '../../fonts.js';
import { platform } from '../../platform/index.js';

type FontPrototype = { layoutRun(this: unknown, text: string, features?: unknown): unknown };

/** fontkit features that turn pair kerning off. */
const noKerning = { kern: false } as const;

let patched = false;

/**
 * Pair kerning off in every PDF text run, as Word and LibreOffice set a DOCX's body text, so lines break where theirs
 * do. pdfmake's own way (`fontFeatures`) makes pdfkit skip its per-word layout cache and shape every word of every
 * line anew with fontkit — four times slower on a large table. Instead pdfkit's EmbeddedFont gets kerning-off as its
 * default features, and keeps its cache. Installed once, from fonts.ts, the module that owns the pdfmake singleton.
 */
export function patchKerning(): void {
  if (patched) return;
  const PDFDocument = platform.loadModule<{ default?: unknown }>('pdfkit') as unknown as new (
    options: object,
  ) => { font(path: string): { _font: object } };
  // pdfkit does not export EmbeddedFont; an opened font leads to its prototype.
  const font = new PDFDocument({ autoFirstPage: false }).font(fontFiles.normal)._font;
  const proto = Object.getPrototypeOf(font) as FontPrototype;
  const original = proto.layoutRun;
  proto.layoutRun = function layoutRun(text, features) {
    return original.call(this, text, features ?? noKerning);
  };
  patched = true;
}
