/** What deferGlyphNames reads of a fontkit font: its table directory, bytes and decoded-table store. */
type ParsedFont = {
  readonly type?: string;
  readonly directory?: {
    readonly tables?: Record<string, { readonly offset: number; readonly length: number }>;
  };
  readonly stream?: { readonly buffer?: Uint8Array };
  readonly _tables?: Record<string, unknown>;
  _decodeTable?(entry: object): Record<string, unknown>;
};

/** The fields of a `post` table after its header, by version (fontkit's tables/post.js). */
const restOfTable = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map'];

/**
 * fontkit decodes a font's `post` table whole the first time anything reads it: for Liberation Serif some 2,600 glyph
 * names, ~10 ms of a cold start per face. pdfkit reads only `isFixedPitch` from it and fontkit its italic angle and
 * underline — all in the table's 32-byte header. The header is read from the bytes now, as fontkit's decoder reads it,
 * and the rest of the table (the glyph names) is decoded by fontkit when something asks for it. A font without the
 * table, one compressed (WOFF) or kept by fontkit in some other way is left as it is.
 */
export function deferGlyphNames(font: object): void {
  const parsed = font as ParsedFont;
  const entry = parsed.directory?.tables?.post;
  const bytes = parsed.stream?.buffer;
  const tables = parsed._tables;
  const decode = parsed._decodeTable;
  if (
    parsed.type !== 'TTF' ||
    !entry ||
    !bytes ||
    !tables ||
    'post' in tables ||
    typeof decode !== 'function'
  )
    return;
  if (entry.length < 32 || entry.offset + 32 > bytes.byteLength) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  const post: Record<string, unknown> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
  let whole: Record<string, unknown> | undefined;
  for (const key of restOfTable) {
    Object.defineProperty(post, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        whole ??= decode.call(parsed, entry);
        return whole[key];
      },
    });
  }
  tables.post = post;
}
