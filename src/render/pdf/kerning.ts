import { fontMetrics } from '../../font-metrics-data.js';
import { readEmbeddedFontPrototype } from './embedded-font.js';

type Glyph = { readonly advanceWidth: number };
type Position = {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
};
type Run = { readonly glyphs: Glyph[]; readonly positions: Position[]; readonly advanceWidth: number };
type EmbeddedFont = {
  readonly scale: number;
  readonly font: { readonly postscriptName: string; glyphForCodePoint(codePoint: number): Glyph };
  layoutRun(text: string, features?: unknown): Run;
};

/** fontkit features that turn pair kerning off. */
const noKerning = { kern: false } as const;

/** The faces whose characters of the width table (font-metrics.ts) fontkit sets one glyph each, unshaped. */
const tableFaces = new Set(['LiberationSerif', 'LiberationSerif-Bold']);
let tableChars: ReadonlySet<string> | undefined;

let patched = false;

/**
 * Pair kerning off in every PDF text run, as Word and LibreOffice set a DOCX's body text, so lines break where theirs
 * do. pdfmake's own way (`fontFeatures`) makes pdfkit skip its per-word layout cache and shape every word of every
 * line anew with fontkit — four times slower on a large table. Instead pdfkit's EmbeddedFont gets kerning-off as its
 * default features, and keeps its cache. Installed once, from fonts.ts, the module that owns the pdfmake singleton.
 *
 * A run of the regular or bold face made only of the width table's characters is set without fontkit's shaping: each
 * is its cmap glyph at its own advance, which is what fontkit gives for them (font-metrics.ts proves it for every pair;
 * no substitution or positioning of those faces applies to them with kerning off), in a tenth of the time.
 */
export function patchKerning(): void {
  if (patched) return;
  const proto = readEmbeddedFontPrototype<EmbeddedFont>();
  const original = proto.layoutRun;
  proto.layoutRun = function layoutRun(this: EmbeddedFont, text, features) {
    if (features === undefined && tableFaces.has(this.font.postscriptName) && isInTable(text))
      return layOutUnshaped(this, text);
    return original.call(this, text, features ?? noKerning);
  };
  patched = true;
}

function isInTable(text: string): boolean {
  tableChars ??= new Set(fontMetrics.widthChars);
  for (const ch of text) if (!tableChars.has(ch)) return false;
  return true;
}

/**
 * The run as pdfkit's layoutRun makes it from fontkit's: glyphs by code point, positions scaled to 1000 units per em
 * (the same products, so the same numbers to the last bit), the advance their sum in order as fontkit's getter adds.
 */
function layOutUnshaped(embedded: EmbeddedFont, text: string): Run {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  const scale = embedded.scale;
  for (const ch of text) {
    const glyph = embedded.font.glyphForCodePoint(ch.codePointAt(0)!);
    const advance = glyph.advanceWidth * scale;
    glyphs.push(glyph);
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
  }
  return {
    glyphs,
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}
