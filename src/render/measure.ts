import { layOutWidth } from '../font-metrics.js';
import { fontMetrics } from '../font-metrics-data.js';
import { openFace } from '../fonts.js';

const fontkitWidths = new Map<string, number>();
let advances: readonly [Int32Array, Int32Array] | undefined;

/**
 * The advances of the usual characters in the regular and the bold face (font-metrics.ts), in font units, by UTF-16
 * code unit; -1 for a character not in the table.
 */
function readAdvances(): NonNullable<typeof advances> {
  if (advances) return advances;
  const chars = fontMetrics.widthChars;
  let size = 0;
  for (let i = 0; i < chars.length; i++) size = Math.max(size, chars.charCodeAt(i) + 1);
  const toTable = (widths: readonly number[]) => {
    const table = new Int32Array(size).fill(-1);
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = widths[i]!;
    return table;
  };
  advances = [toTable(fontMetrics.regularWidths), toTable(fontMetrics.boldWidths)];
  return advances;
}

/**
 * The advance of each usual character in font units, by UTF-16 code unit (-1: not in the table, measured by
 * measureEm), and the units of an em: for a loop that measures text character by character (set-text.ts).
 */
export function readAdvanceTable(bold: boolean): {
  readonly advances: Int32Array;
  readonly unitsPerEm: number;
} {
  return { advances: readAdvances()[bold ? 1 : 0], unitsPerEm: fontMetrics.unitsPerEm };
}

/**
 * The width of a word in em of the embedded font, as pdfkit lays it out (without kerning, see pdf/fonts.ts): the sum
 * of the advances from the table, which holds exactly what fontkit gives for its characters; a word with another
 * character is laid out by fontkit (once per word).
 */
export function measureEm(word: string, bold: boolean): number {
  const table = readAdvances()[bold ? 1 : 0];
  let sum = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const advance = code < table.length ? table[code]! : -1;
    if (advance < 0) return measureWithFontkit(word, bold);
    sum += advance;
  }
  return sum / fontMetrics.unitsPerEm;
}

function measureWithFontkit(word: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${word}`;
  let em = fontkitWidths.get(key);
  if (em === undefined) {
    em = layOutWidth(openFace(bold), word) / fontMetrics.unitsPerEm;
    fontkitWidths.set(key, em);
  }
  return em;
}

/** A single-spaced line in em: ascent + descent + line gap, as Word and LibreOffice space it. */
export function lineHeightEm(): number {
  const { ascent, descent, lineGap, unitsPerEm } = fontMetrics;
  return (ascent - descent + lineGap) / unitsPerEm;
}
