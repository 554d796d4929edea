import type { LibraryModule, Platform } from './types.js';

/**
 * The libraries as a bundle holds them: the CLI's (bundle-libraries.ts) and the studio's worker (browser.ts).
 * `require` here is esbuild's: it gives the one bundled copy of each module, the same that pdfmake and pdfkit use,
 * so the adjustments of render/pdf (justify.ts, kerning.ts, hyphens.ts, …) change the code that lays the pages out.
 */
const modules: Record<LibraryModule, () => unknown> = {
  pdfkit: () => require('pdfkit'),
  fontkit: () => require('fontkit'),
  'pdfmake/js/ElementWriter.js': () => require('pdfmake/js/ElementWriter.js'),
  'pdfmake/js/LayoutBuilder.js': () => require('pdfmake/js/LayoutBuilder.js'),
  'pdfmake/js/TableProcessor.js': () => require('pdfmake/js/TableProcessor.js'),
  'pdfmake/js/Line.js': () => require('pdfmake/js/Line.js'),
  'pdfmake/js/TextInlines.js': () => require('pdfmake/js/TextInlines.js'),
  'pdfmake/js/Renderer.js': () => require('pdfmake/js/Renderer.js'),
  'pdfmake/js/StyleContextStack.js': () => require('pdfmake/js/StyleContextStack.js'),
  'pdfmake/js/PDFDocument.js': () => require('pdfmake/js/PDFDocument.js'),
  'pdfmake/js/PageSize.js': () => require('pdfmake/js/PageSize.js'),
  'pdfmake/js/SVGMeasure.js': () => require('pdfmake/js/SVGMeasure.js'),
  'pdfmake/js/tableLayouts.js': () => require('pdfmake/js/tableLayouts.js'),
  'cyrillic-to-translit-js': () => require('cyrillic-to-translit-js'),
  'hyphen/ru/index.js': () => require('hyphen/ru/index.js'),
};

export function loadBundledModule<T>(name: LibraryModule): T {
  return modules[name]() as T;
}

/**
 * pdfkit's `require('fontkit')` gets, in a bundle, a copy of fontkit's exports (`gramota:pdfkit-fontkit`, made by
 * build-cli.mjs and build-web.mjs) that this fills with the wrapped functions before pdfkit makes its first font.
 */
export const wrapBundledPdfkitFontkit: Platform['wrapPdfkitFontkit'] = (wrap) => {
  Object.assign(require('gramota:pdfkit-fontkit') as object, wrap(require('fontkit') as object));
};
