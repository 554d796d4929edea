import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontsDir } from '../paths.js';

type Glyph = { advanceWidth: number };
type Font = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string, features?: Record<string, boolean>): { glyphs: Glyph[] };
};

const faces = new Map<boolean, Font>();
const widths = new Map<string, number>();

function faceOf(bold: boolean): Font {
  let font = faces.get(bold);
  if (!font) {
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): Font };
    font = fontkit.openSync(
      join(fontsDir, bold ? 'LiberationSerif-Bold.ttf' : 'LiberationSerif-Regular.ttf'),
    );
    faces.set(bold, font);
  }
  return font;
}

/** The width of a word in em of the embedded font, as pdfkit lays it out (without kerning, see pdf/fonts.ts). */
export function measureEm(word: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${word}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = faceOf(bold);
    em =
      font.layout(word, { kern: false }).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm;
    widths.set(key, em);
  }
  return em;
}

/** A single-spaced line in em: ascent + descent + line gap, as Word and LibreOffice space it. */
export function lineHeightEm(): number {
  const font = faceOf(false);
  return (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
}
