import { join } from 'node:path';
import { deferGlyphNames } from './font-post-table.js';
import { fontsDir } from './paths.js';
import { platform } from './platform/index.js';

/** The embedded font's files (Liberation Serif, metric-compatible with Times New Roman; fonts/LICENSE.txt). */
export const fontFiles = {
  normal: join(fontsDir, 'LiberationSerif-Regular.ttf'),
  bold: join(fontsDir, 'LiberationSerif-Bold.ttf'),
  italics: join(fontsDir, 'LiberationSerif-Italic.ttf'),
  bolditalics: join(fontsDir, 'LiberationSerif-BoldItalic.ttf'),
} as const;

/** What gramota reads of a face through fontkit (the library pdfkit draws with). */
export type FontFace = {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly characterSet: number[];
  readonly hhea: { readonly advanceWidthMax: number };
  layout(
    text: string,
    features?: Record<string, boolean>,
  ): {
    glyphs: FontGlyph[];
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  };
  glyphForCodePoint(codePoint: number): FontGlyph;
};

export type FontGlyph = { readonly id: number; readonly advanceWidth: number };

const faces = new Map<boolean, FontFace>();
const files = new Map<string, Uint8Array>();

/**
 * A font file's bytes, read once per process: the faces measured here and the fonts every PDF embeds
 * (render/pdf/lay-out.ts) are then one copy, which openParsedFont finds again without comparing bytes.
 */
export function readFontFile(path: string): Uint8Array {
  let bytes = files.get(path);
  if (bytes === undefined) {
    bytes = platform.readBytes(path);
    files.set(path, bytes);
  }
  return bytes;
}

/** The regular or bold face, opened once: for measuring text (render/measure.ts) and glyph coverage. */
export function openFace(bold: boolean): FontFace {
  let face = faces.get(bold);
  if (!face) {
    const fontkit = platform.loadModule<Fontkit>('fontkit');
    face = openParsedFont(fontkit, readFontFile(bold ? fontFiles.bold : fontFiles.normal)) as FontFace;
    faces.set(bold, face);
  }
  return face;
}

/** fontkit's entry point. */
export type Fontkit = { create(bytes: Uint8Array, postscriptName?: string): object };

type ParsedFont = {
  readonly fontkit: Fontkit;
  /** The bytes it was parsed from: readFontFile's copy, or a view of it (the studio's files). */
  readonly source: Uint8Array;
  readonly name: string | undefined;
  readonly font: object;
};

const parsed: ParsedFont[] = [];

/**
 * Whether `bytes` are the file `font` was parsed from: the same memory. Every font file is read once
 * (readFontFile), and both the measuring here and pdfkit's documents (render/pdf/fonts.ts, getPdfFileSystem) get
 * that copy; bytes read some other way are parsed anew, which costs time, never a wrong glyph.
 */
function isSameFile(font: ParsedFont, bytes: Uint8Array): boolean {
  const { source } = font;
  return (
    source.buffer === bytes.buffer &&
    source.byteOffset === bytes.byteOffset &&
    source.byteLength === bytes.byteLength
  );
}

/**
 * A font file parsed once per process, found again by its bytes (the same memory): the faces measured here and the fonts pdfkit embeds
 * (render/pdf/font-cache.ts) share the tables fontkit decodes. Each caller gets an object of its own that inherits the
 * parsed tables (fontkit decodes them lazily into one shared `_tables`, and a subset clones those it alters) but has
 * its own glyph cache: fontkit keeps the characters a glyph was first asked for, and a glyph one document's subset
 * fetched without characters (a component of a composite glyph) would lose its place in a later document's ToUnicode
 * map, and its text when copied. Cached getters (cmap and layout processors) define their value on that object.
 */
export function openParsedFont(fontkit: Fontkit, bytes: Uint8Array, name?: string): object {
  let font = parsed.find((f) => f.fontkit === fontkit && f.name === name && isSameFile(f, bytes))?.font;
  if (font === undefined) {
    font = fontkit.create(bytes, name);
    deferGlyphNames(font);
    parsed.push({ fontkit, source: bytes, name, font });
  }
  return withOwnGlyphs(font);
}

/** A font object over `font`'s parsed tables with a glyph cache of its own (see openParsedFont). */
export function withOwnGlyphs<T extends object>(font: T): T {
  return Object.create(font, { _glyphs: { value: {}, writable: true } }) as T;
}
