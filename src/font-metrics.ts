import type { FontFace } from './fonts.js';

/**
 * What gramota needs to know of the embedded font before rendering, read once from the font files at build time
 * (scripts/write-font-metrics.ts writes font-metrics-data.ts; a test proves it equals the fonts), so that checking a
 * plan and fitting table columns never load fontkit: the characters both faces draw, and the advance widths of the
 * usual characters, each of which fontkit lays out alone and beside any other of them unshaped: as its own cmap glyph
 * at its own advance, nothing substituted or moved (render/pdf/kerning.ts sets such runs without fontkit's shaping).
 */
export type FontMetrics = {
  readonly unitsPerEm: number;
  /** The regular face's ascent, descent (negative) and line gap, in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** The widest glyph's advance of the regular and the bold face, in font units. */
  readonly advanceWidthMax: readonly [number, number];
  /** The code points both faces draw, as ranges of first and last. */
  readonly covered: readonly (readonly [number, number])[];
  /** The characters measured from the table, and their advances in the regular and the bold face. */
  readonly widthChars: string;
  readonly regularWidths: readonly number[];
  readonly boldWidths: readonly number[];
};

/** The blocks whose characters the width table holds: Latin-1, Cyrillic, dashes and quotes, №, −, €, ™. */
const measuredBlocks: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x400, 0x45f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
];

const softHyphen = 0xad;

/** The glyphs' total advance of a text as fontkit lays it out without kerning (as pdfkit draws it). */
export function layOutWidth(face: FontFace, text: string): number {
  return face.layout(text, { kern: false }).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
}

/** Whether fontkit lays a text out as the cmap glyphs of its characters at their advances, without kerning. */
function isUnshaped(face: FontFace, text: string): boolean {
  const { glyphs, positions } = face.layout(text, { kern: false });
  const chars = [...text];
  return (
    glyphs.length === chars.length &&
    chars.every((ch, i) => {
      const glyph = face.glyphForCodePoint(ch.codePointAt(0)!);
      const p = positions[i]!;
      return (
        glyphs[i]!.id === glyph.id &&
        p.xAdvance === glyph.advanceWidth &&
        p.yAdvance === 0 &&
        p.xOffset === 0 &&
        p.yOffset === 0
      );
    })
  );
}

/**
 * Reads the metrics from the faces. A character joins the width table only if it is unshaped alone in both faces,
 * and every pair of table characters must be unshaped too (no substitution joins, splits or moves them). No other
 * character may map to a table character's glyph: a glyph then always carries the same text, whichever document's
 * glyph cache made it (render/pdf/kerning.ts keeps runs of table characters across documents).
 */
export function readFontMetrics(regular: FontFace, bold: FontFace): FontMetrics {
  if (bold.unitsPerEm !== regular.unitsPerEm) throw new Error('the faces differ in units per em');
  const inBold = new Set(bold.characterSet);
  const codes = [...new Set(regular.characterSet.filter((cp) => inBold.has(cp)))].sort((a, b) => a - b);
  const covered: [number, number][] = [];
  for (const cp of codes) {
    const last = covered.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else covered.push([cp, cp]);
  }
  const isSingle = (ch: string) => [regular, bold].every((face) => isUnshaped(face, ch));
  const chars = measuredBlocks
    .flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i))
    .filter((cp) => cp !== softHyphen && inBold.has(cp) && codes.includes(cp))
    .map((cp) => String.fromCodePoint(cp))
    .filter(isSingle);
  for (const face of [regular, bold]) {
    const tableGlyphs = new Set(chars.map((ch) => face.glyphForCodePoint(ch.codePointAt(0)!).id));
    const sharing = new Set(face.characterSet.filter((cp) => tableGlyphs.has(face.glyphForCodePoint(cp).id)))
      .size;
    if (sharing !== chars.length) throw new Error('a glyph of the width table is drawn for two characters');
  }
  const widths = (face: FontFace) => chars.map((ch) => layOutWidth(face, ch));
  const [regularWidths, boldWidths] = [widths(regular), widths(bold)];
  for (const face of [regular, bold])
    for (const a of chars)
      for (const b of chars)
        if (!isUnshaped(face, a + b))
          throw new Error(`the font shapes ${JSON.stringify(a + b)}: the width table cannot hold both`);
  return {
    unitsPerEm: regular.unitsPerEm,
    ascent: regular.ascent,
    descent: regular.descent,
    lineGap: regular.lineGap,
    advanceWidthMax: [regular.hhea.advanceWidthMax, bold.hhea.advanceWidthMax],
    covered,
    widthChars: chars.join(''),
    regularWidths,
    boldWidths,
  };
}
