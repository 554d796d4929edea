import { layOutWidth } from '../font-metrics.js';
import { fontMetrics } from '../font-metrics-data.js';
import { openFace } from '../fonts.js';

const widths = new Map<string, number>();
let advances: readonly [ReadonlyMap<string, number>, ReadonlyMap<string, number>] | undefined;

/** The advances of the usual characters in the regular and the bold face (font-metrics.ts), in font units. */
function readAdvances(): NonNullable<typeof advances> {
  if (advances) return advances;
  const chars = [...fontMetrics.widthChars];
  const toMap = (table: readonly number[]) => new Map(chars.map((ch, i) => [ch, table[i]!]));
  advances = [toMap(fontMetrics.regularWidths), toMap(fontMetrics.boldWidths)];
  return advances;
}

/**
 * The width of a word in em of the embedded font, as pdfkit lays it out (without kerning, see pdf/fonts.ts): the sum
 * of the advances from the table, which holds exactly what fontkit gives for its characters; a word with another
 * character is laid out by fontkit.
 */
export function measureEm(word: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${word}`;
  let em = widths.get(key);
  if (em === undefined) {
    em =
      (sumAdvances(word, readAdvances()[bold ? 1 : 0]) ?? layOutWidth(openFace(bold), word)) /
      fontMetrics.unitsPerEm;
    widths.set(key, em);
  }
  return em;
}

/** The total advance of a text from the table; none when a character is not there. */
function sumAdvances(text: string, table: ReadonlyMap<string, number>): number | undefined {
  let sum = 0;
  for (const ch of text) {
    const advance = table.get(ch);
    if (advance === undefined) return undefined;
    sum += advance;
  }
  return sum;
}

/** A single-spaced line in em: ascent + descent + line gap, as Word and LibreOffice space it. */
export function lineHeightEm(): number {
  const { ascent, descent, lineGap, unitsPerEm } = fontMetrics;
  return (ascent - descent + lineGap) / unitsPerEm;
}

/** The advance of the widest glyph of the regular and bold faces, in em: no word is wider per character. */
export function maxGlyphEm(): number {
  return Math.max(...fontMetrics.advanceWidthMax) / fontMetrics.unitsPerEm;
}
