/**
 * fontkit's WOFF2 decompressor in the studio's bundle: none. gramota's fonts are TrueType (fonts/), so it is never
 * called (src/platform/fontkit.ts defers it in Node for the same reason), and its dictionary was a tenth of the bundle.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported in the studio: gramota embeds TrueType fonts');
}
