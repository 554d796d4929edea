import { readEmbeddedFontPrototype } from './embedded-font.js';

type Run = { readonly glyphs: unknown[]; readonly positions: unknown[]; readonly advanceWidth: number };
type Layout = { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
type EmbeddedFont = {
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Layout;
};

const space = 0x20;
const tab = 0x09;

let patched = false;

/**
 * pdfkit's layout of a text by words (EmbeddedFont.layout), to the same runs in the same order: each word with the
 * space or tab after it, then the rest, each from pdfkit's word cache. pdfkit finds the ends of words with a new
 * array per character (`[' ', '\t'].includes(…)`), for every word it measures and every line it draws.
 */
export function patchWordLayout(): void {
  if (patched) return;
  const proto = readEmbeddedFontPrototype<EmbeddedFont>();
  proto.layout = function layoutWords(this: EmbeddedFont, text, features, onlyWidth) {
    if (features) return this.layoutRun(text, features);
    const glyphs: unknown[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let last = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code !== space && code !== tab) continue;
      const run = this.layoutCached(text.slice(last, index + 1));
      append(glyphs, positions, run);
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
    if (last < text.length) {
      const run = this.layoutCached(text.slice(last));
      append(glyphs, positions, run);
      advanceWidth += run.advanceWidth;
    }
    return { glyphs, positions, advanceWidth };
  };
  patched = true;
}

/** A word's glyphs and positions after the ones before it (none are kept when only the width is asked for). */
function append(glyphs: unknown[] | null, positions: unknown[] | null, run: Run): void {
  if (!glyphs || !positions) return;
  for (const glyph of run.glyphs) glyphs.push(glyph);
  for (const position of run.positions) positions.push(position);
}
