// Before pdfmake: it swaps the fontkit that pdfkit will load for one that parses each font once (font-cache.ts).
import './font-cache.js';
import { sep } from 'node:path';
import pdfmake from 'pdfmake';
import { failWith } from '../../errors.js';
import { fontFiles, readFontFile } from '../../fonts.js';
import { text } from '../../messages.js';
import { fontsDir } from '../../paths.js';
import { platform } from '../../platform/index.js';
import { patchBreakableRows } from './breakable-rows.js';
import { patchContentStreams } from './content-stream.js';
import { patchDrawnHyphens } from './hyphens.js';
import { patchJustification } from './justify.js';
import { patchKeepDestinations } from './keep-destinations.js';
import { patchKeptRows } from './kept-rows.js';
import { patchKerning } from './kerning.js';
import { patchPageTopSpacing } from './page-top-spacing.js';
import { patchRowPages } from './row-pages.js';
import { patchRunMerging } from './run-merging.js';
import { patchStyleLookups } from './style-lookups.js';
import { pdfTableLayouts } from './table-layouts.js';
import { patchWidowControl } from './widows.js';
import { patchWordLayout } from './word-layout.js';

/**
 * The only module that touches the pdfmake singleton (a CommonJS `module.exports = new pdfmake()`):
 * fonts from the package's fonts/ folder, the named table layouts (table-layouts.ts), no network, and no file access
 * outside fonts/.
 */

/**
 * «Single» line spacing as Word and LibreOffice set it: ascender + descender + line gap of the font's hhea table
 * (Liberation Serif: 1825 + 443 + 87 of 2048 units = 1.1499 em). pdfkit leaves the line gap out (1.1074 em),
 * so pdfmake's line height multiplier makes up the difference; tables and body text then paginate alike.
 */
export const singleLineHeight = (1825 + 443 + 87) / (1825 + 443);

/** The font family name used in document definitions (defaultStyle.font). */
export const pdfFontFamily = 'LiberationSerif';

export type PdfMake = typeof pdfmake;

let configured: PdfMake | undefined;

/** The pdfmake instance with Liberation Serif registered and access policies set; configured once, lazily. */
export function getPdfMake(): PdfMake {
  if (configured) return configured;
  for (const path of Object.values(fontFiles)) {
    if (!platform.isFile(path)) failWith({ code: 'file-unreadable', message: text.fontMissing(path) });
  }
  pdfmake.setFonts({ [pdfFontFamily]: { ...fontFiles } });
  pdfmake.setTableLayouts(pdfTableLayouts);
  patchJustification();
  patchKerning();
  patchWidowControl();
  patchBreakableRows();
  patchKeptRows();
  patchRowPages();
  patchDrawnHyphens();
  patchPageTopSpacing();
  patchContentStreams();
  patchStyleLookups();
  patchKeepDestinations();
  patchRunMerging();
  patchWordLayout();
  // Without both policies pdfmake console.warn()s on every createPdf(); fonts are the only files it may read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir + sep));
  configured = pdfmake;
  return configured;
}

/** What pdfmake's document reads its font, image and attachment files through (its virtual file system). */
export type FileSystem = {
  existsSync(path: string): boolean;
  readFileSync(path: string, options?: unknown): unknown;
};

let files: FileSystem | undefined;

/**
 * pdfmake's virtual file system, with the font files served from the copy gramota read once (readFontFile): pdfkit
 * would otherwise read each face from disk again for every document, and its fonts would be compared byte by byte
 * with the faces already parsed (fonts.ts, openParsedFont). They are gramota's own files, so pdfmake's local access
 * policy, which it checks only for files it reads from disk, has nothing to check.
 */
export function getPdfFileSystem(): FileSystem {
  if (files) return files;
  const vfs = (getPdfMake() as unknown as { virtualfs: FileSystem }).virtualfs;
  const fonts = new Set<string>(Object.values(fontFiles));
  files = {
    existsSync: (path) => fonts.has(path) || vfs.existsSync(path),
    readFileSync: (path, options) =>
      fonts.has(path) && options === undefined ? readFontFile(path) : vfs.readFileSync(path, options),
  };
  return files;
}
