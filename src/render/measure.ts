import { openFace } from '../fonts.js';

const widths = new Map<string, number>();

/** The width of a word in em of the embedded font, as pdfkit lays it out (without kerning, see pdf/fonts.ts). */
export function measureEm(word: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${word}`;
  let em = widths.get(key);
  if (em === undefined) {
    const font = openFace(bold);
    em =
      font.layout(word, { kern: false }).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) / font.unitsPerEm;
    widths.set(key, em);
  }
  return em;
}

let lineHeight: number | undefined;

/** A single-spaced line in em: ascent + descent + line gap, as Word and LibreOffice space it. */
export function lineHeightEm(): number {
  if (lineHeight === undefined) {
    const font = openFace(false);
    lineHeight = (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
  }
  return lineHeight;
}

let widest: number | undefined;

/** The advance of the widest glyph of the regular and bold faces, in em: no word is wider per character. */
export function maxGlyphEm(): number {
  widest ??= Math.max(
    ...[false, true].map((bold) => {
      const font = openFace(bold);
      return font.hhea.advanceWidthMax / font.unitsPerEm;
    }),
  );
  return widest;
}
