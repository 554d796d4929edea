import { loadBundledModule, wrapBundledPdfkitFontkit } from './bundled-modules.js';

/** The libraries inside the CLI bundle (scripts/build-cli.mjs puts this file in place of node-libraries.ts). */
export const loadLibrary = loadBundledModule;

/** pdfkit's fontkit in the bundle, wrapped (bundled-modules.ts). */
export const wrapPdfkitFontkit = wrapBundledPdfkitFontkit;
