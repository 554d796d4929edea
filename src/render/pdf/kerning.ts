import { fontMetrics } from '../../font-metrics-data.js';
import { withOwnGlyphs } from '../../fonts.js';
import { createTextMemo } from '../../text-memo.js';
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
type Face = { readonly postscriptName: string; glyphForCodePoint(codePoint: number): Glyph };
type EmbeddedFont = {
  readonly scale: number;
  readonly font: Face;
  layoutRun(text: string, features?: unknown): Run;
};

/** fontkit features that turn pair kerning off. */
const noKerning = { kern: false } as const;

/** The faces whose characters of the width table (font-metrics.ts) fontkit sets one glyph each, unshaped. */
const tableFaces = new Set(['LiberationSerif', 'LiberationSerif-Bold']);
let tableChars: ReadonlySet<string> | undefined;

/** Runs kept across documents, per face; `null` for a text not made only of the table's characters. */
const runsKept = 20_000;
const sharedRuns = new Map<
  string,
  { glyphs: Face; memo: (text: string, make: () => Run | null) => Run | null }
>();

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
 * Such runs are kept across documents (pdfkit's word cache is per document): the studio builds the plan again at
 * every pause in typing, and a package's documents share most of their words.
 */
export function patchKerning(): void {
  if (patched) return;
  const proto = readEmbeddedFontPrototype<EmbeddedFont>();
  const original = proto.layoutRun;
  proto.layoutRun = function layoutRun(this: EmbeddedFont, text, features) {
    const unshaped =
      features === undefined && tableFaces.has(this.font.postscriptName) ? layOutShared(this, text) : null;
    return unshaped ?? original.call(this, text, features ?? noKerning);
  };
  patched = true;
}

function isInTable(text: string): boolean {
  tableChars ??= new Set(fontMetrics.widthChars);
  for (const ch of text) if (!tableChars.has(ch)) return false;
  return true;
}

/**
 * The unshaped run of `text` kept for its face, or null when the text has a character outside the table. Its glyphs
 * come from a glyph cache of its own, which no document's subset touches; each has the one code point it is mapped
 * from (font-metrics.ts proves no other maps to a table glyph), so it puts the same text in a document's ToUnicode
 * map as a glyph of the document's own cache would, whatever was built before.
 */
function layOutShared(embedded: EmbeddedFont, text: string): Run | null {
  const name = embedded.font.postscriptName;
  let face = sharedRuns.get(name);
  if (face === undefined) {
    face = { glyphs: withOwnGlyphs(embedded.font), memo: createTextMemo<Run | null>(runsKept) };
    sharedRuns.set(name, face);
  }
  const { glyphs } = face;
  return face.memo(text, () => (isInTable(text) ? layOutUnshaped(embedded.scale, glyphs, text) : null));
}

/**
 * The run as pdfkit's layoutRun makes it from fontkit's: glyphs by code point, positions scaled to 1000 units per em
 * (the same products, so the same numbers to the last bit), the advance their sum in order as fontkit's getter adds
 * it (computed once: a kept run is measured again and again).
 */
function layOutUnshaped(scale: number, face: Face, text: string): Run {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (const ch of text) {
    const glyph = face.glyphForCodePoint(ch.codePointAt(0)!);
    const advance = glyph.advanceWidth * scale;
    glyphs.push(glyph);
    positions.push({ xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance });
    advanceWidth += advance;
  }
  return { glyphs, positions, advanceWidth };
}
