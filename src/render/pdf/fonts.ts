import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import { failWith } from '../../errors.js';
import { text } from '../../messages.js';
import { patchJustification } from './justify.js';
import { pdfTableLayouts } from './table-layouts.js';

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

/** fontkit features that turn pair kerning off (pdfmake passes `fontFeatures` through to fontkit's layout). */
export const noKerning = { kern: false } as const;

/** The font family name used in document definitions (defaultStyle.font). */
export const pdfFontFamily = 'LiberationSerif';

const fontFiles = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type PdfMake = typeof pdfmake;

let configured: PdfMake | undefined;

/**
 * The fonts/ folder of the package. This file lives three levels below the package root both as
 * src/render/pdf/fonts.ts (vitest, tsx) and as dist/render/pdf/fonts.js (compiled), never relative to the cwd.
 */
export function locateFontsDir(): string {
  return fileURLToPath(new URL('../../../fonts/', import.meta.url));
}

/** The pdfmake instance with Liberation Serif registered and access policies set; configured once, lazily. */
export function getPdfMake(): PdfMake {
  if (configured) return configured;
  const dir = locateFontsDir();
  const paths = {
    normal: dir + fontFiles.normal,
    bold: dir + fontFiles.bold,
    italics: dir + fontFiles.italics,
    bolditalics: dir + fontFiles.bolditalics,
  };
  for (const path of Object.values(paths)) {
    if (!existsSync(path)) failWith({ code: 'file-unreadable', message: text.fontMissing(path) });
  }
  pdfmake.setFonts({ [pdfFontFamily]: paths });
  pdfmake.setTableLayouts(pdfTableLayouts);
  patchJustification();
  // Without both policies pdfmake console.warn()s on every createPdf(); fonts are the only files it may read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  configured = pdfmake;
  return configured;
}
