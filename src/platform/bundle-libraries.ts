import type { LibraryModule, Platform } from './types.js';

/**
 * The libraries inside the CLI bundle (scripts/build-cli.mjs puts this file in place of node-libraries.ts). `require`
 * here is esbuild's: it gives the one bundled copy of each module, the same that pdfmake and pdfkit use, so the
 * adjustments of render/pdf (justify.ts, kerning.ts, hyphens.ts, …) change the code that lays the pages out.
 */
const modules: Record<LibraryModule, () => unknown> = {
  pdfkit: () => require('pdfkit'),
  fontkit: () => require('fontkit'),
  'pdfmake/js/ElementWriter.js': () => require('pdfmake/js/ElementWriter.js'),
  'pdfmake/js/LayoutBuilder.js': () => require('pdfmake/js/LayoutBuilder.js'),
  'pdfmake/js/TableProcessor.js': () => require('pdfmake/js/TableProcessor.js'),
  'pdfmake/js/Line.js': () => require('pdfmake/js/Line.js'),
  'cyrillic-to-translit-js': () => require('cyrillic-to-translit-js'),
  'hyphen/ru/index.js': () => require('hyphen/ru/index.js'),
};

export function loadLibrary<T>(name: LibraryModule): T {
  return modules[name]() as T;
}

/**
 * pdfkit's `require('fontkit')` gets, in the bundle, a copy of fontkit's exports (build-cli.mjs,
 * `gramota:pdfkit-fontkit`) that this fills with the wrapped functions before pdfkit makes its first font.
 */
export const wrapPdfkitFontkit: Platform['wrapPdfkitFontkit'] = (wrap) => {
  Object.assign(require('gramota:pdfkit-fontkit') as object, wrap(require('fontkit') as object));
};
