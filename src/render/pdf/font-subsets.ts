type Glyph = { readonly advanceWidth: number; _getMetrics(): { leftBearing: number } };
type Stream = { pos: number; readBuffer(length: number): Uint8Array };
type TrueTypeFont = {
  readonly loca: { readonly offsets: readonly number[] };
  readonly _variationProcessor?: unknown;
  _getTableStream(tag: 'glyf'): Stream;
  getGlyph(id: number): Glyph;
};
type Subset = {
  readonly font: TrueTypeFont;
  readonly glyphs: readonly number[];
  encode(): Uint8Array;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(id: number): number;
};
type SubsetFont = { createSubset(): object };

const patched = new WeakSet<object>();

/** Encoded subsets by the font's parsed tables (fonts.ts, openParsedFont) and the glyphs they take, in order. */
const encoded = new WeakMap<object, Map<string, Uint8Array>>();
/** Subsets kept per face: a package's documents, or a preview's latest builds. */
const keptSubsets = 32;

/**
 * Embedding a font subset without decoding the outline of every simple glyph it takes. fontkit's TrueType subset
 * decodes each glyph's points only to learn whether it is composite (whose components it must add and renumber); the
 * glyph's first two bytes say so. A simple glyph is copied as fontkit copies it; a composite glyph, or a font with
 * variations, goes the way it went. A fifth of a small document's PDF time; the bytes are the same. A subset of the
 * same glyphs of the same face as one embedded before in the process (the studio's next preview of a document) is
 * not encoded again: its bytes depend on nothing else.
 */
export function patchFontSubsets(font: SubsetFont): void {
  const prototype = Object.getPrototypeOf(font.createSubset()) as Subset;
  if (patched.has(prototype) || typeof prototype._addGlyph !== 'function') return;
  patched.add(prototype);
  const addGlyph = prototype._addGlyph;
  prototype._addGlyph = function _addGlyph(this: Subset, id: number) {
    const font = this.font;
    if (font._variationProcessor) return addGlyph.call(this, id);
    const start = font.loca.offsets[id]!;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const data = stream.readBuffer(font.loca.offsets[id + 1]! - start);
    // numberOfContours, a signed 16-bit number: below zero for a composite glyph.
    if (data.length >= 2 && (data[0]! & 0x80) !== 0) return addGlyph.call(this, id);
    const glyph = font.getGlyph(id);
    this.glyf.push(data);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += data.length;
    return this.glyf.length - 1;
  };
  const encode = prototype.encode;
  prototype.encode = function encodeOnce(this: Subset) {
    // Each document's font is an object of its own over the face's parsed tables, its prototype.
    const face = Object.getPrototypeOf(this.font) as object;
    if (this.font._variationProcessor) return encode.call(this);
    const known = encoded.get(face) ?? new Map<string, Uint8Array>();
    encoded.set(face, known);
    const key = this.glyphs.join(' ');
    let bytes = known.get(key);
    if (bytes === undefined) {
      bytes = encode.call(this);
      known.set(key, bytes);
      if (known.size > keptSubsets) known.delete(known.keys().next().value!);
    }
    return bytes;
  };
}
