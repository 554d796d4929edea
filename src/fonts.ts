import { join } from 'node:path';
import { fontsDir } from './paths.js';
import { platform } from './platform/index.js';

/** The embedded font's files (Liberation Serif, metric-compatible with Times New Roman; fonts/LICENSE.txt). */
export const fontFiles = {
  normal: join(fontsDir, 'LiberationSerif-Regular.ttf'),
  bold: join(fontsDir, 'LiberationSerif-Bold.ttf'),
  italics: join(fontsDir, 'LiberationSerif-Italic.ttf'),
  bolditalics: join(fontsDir, 'LiberationSerif-BoldItalic.ttf'),
} as const;

/** What gramota reads of a face through fontkit (the library pdfkit draws with). */
export type FontFace = {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly characterSet: number[];
  readonly hhea: { readonly advanceWidthMax: number };
  layout(text: string, features?: Record<string, boolean>): { glyphs: { advanceWidth: number }[] };
};

const faces = new Map<boolean, FontFace>();

/** The regular or bold face, opened once: for measuring text (render/measure.ts) and glyph coverage. */
export function openFace(bold: boolean): FontFace {
  let face = faces.get(bold);
  if (!face) {
    const fontkit = platform.loadModule<{ create(bytes: Uint8Array): FontFace }>('fontkit');
    face = fontkit.create(platform.readBytes(bold ? fontFiles.bold : fontFiles.normal));
    faces.set(bold, face);
  }
  return face;
}
