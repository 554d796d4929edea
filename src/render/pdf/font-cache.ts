import { platform } from '../../platform/index.js';

/**
 * Font tables parsed once per font file and process. pdfmake reads the font file and pdfkit parses it with fontkit
 * for every document — a third of a small document's PDF time. What a document may change is its own: each gets a
 * font object that inherits the parsed tables (fontkit decodes them lazily into one shared `_tables`, and the subset
 * clones those it alters) but has its own glyph cache. Sharing glyphs would not do: fontkit keeps the characters a
 * glyph was first asked for, and a glyph that one document's subset fetched without characters (a component of a
 * composite glyph) would lose its place in a later document's ToUnicode map, and its text when copied.
 *
 * fontkit's exports cannot be redefined, so the fontkit that pdfkit requires is swapped (platform.wrapPdfkitFontkit:
 * Node's module cache; a browser bundle keeps its own) for a copy whose `create` remembers the fonts it parsed, found
 * again by their bytes (pdfmake's access policy lets it read only our fonts/ folder). This runs when the module is
 * evaluated, before pdfmake loads pdfkit: fonts.ts imports it first. Were pdfkit already loaded, nothing changes but
 * the speed.
 */
type Fontkit = { create(bytes: Uint8Array, postscriptName?: string): object };

platform.wrapPdfkitFontkit((module) => {
  const fontkit = module as Fontkit;
  const opened: { readonly bytes: Buffer; readonly name: string | undefined; readonly font: object }[] = [];
  const create = (bytes: Uint8Array, name?: string): object => {
    let parsed = opened.find((f) => f.name === name && f.bytes.equals(bytes))?.font;
    if (parsed === undefined) {
      parsed = fontkit.create(bytes, name);
      opened.push({ bytes: Buffer.from(bytes), name, font: parsed });
    }
    // Cached getters of fontkit (cmap and layout processors) define their value on this object, not the shared one.
    return Object.create(parsed, { _glyphs: { value: {}, writable: true } });
  };
  return { ...fontkit, create };
});
