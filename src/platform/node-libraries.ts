import { createRequire } from 'node:module';
import { requireFontkit } from './fontkit.js';
import type { LibraryModule, Platform } from './types.js';

// Libraries as Node's `require` finds them in node_modules. The CLI bundle (scripts/build-cli.mjs) puts
// bundle-libraries.ts in place of this file: there the bundled copies are the ones pdfmake uses.
const require = createRequire(import.meta.url);

export function loadLibrary<T>(name: LibraryModule): T {
  return name === 'fontkit' ? requireFontkit<T>(require) : (require(name) as T);
}

export const wrapPdfkitFontkit: Platform['wrapPdfkitFontkit'] = (wrap) => {
  // The fontkit module pdfkit requires, swapped in Node's module cache before pdfmake loads pdfkit.
  const fromPdfkit = createRequire(require.resolve('pdfkit'));
  const fontkit = requireFontkit<object>(fromPdfkit);
  const cached = fromPdfkit.cache[fromPdfkit.resolve('fontkit')];
  if (cached) cached.exports = wrap(fontkit);
};
