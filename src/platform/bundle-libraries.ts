import { loadBundledModule } from './bundled-modules.js';
import type { Platform } from './types.js';

/** The libraries inside the CLI bundle (scripts/build-cli.mjs puts this file in place of node-libraries.ts). */
export const loadLibrary = loadBundledModule;

/**
 * pdfkit's `require('fontkit')` gets, in the bundle, a copy of fontkit's exports (build-cli.mjs,
 * `gramota:pdfkit-fontkit`) that this fills with the wrapped functions before pdfkit makes its first font.
 */
export const wrapPdfkitFontkit: Platform['wrapPdfkitFontkit'] = (wrap) => {
  Object.assign(require('gramota:pdfkit-fontkit') as object, wrap(require('fontkit') as object));
};
