/**
 * fontkit's WOFF2 decompressor in the studio's and the CLI's bundles (scripts/build-web.mjs, build-cli.mjs): none.
 * gramota's fonts are TrueType (fonts/), so it is never called (src/platform/fontkit.ts defers it in Node for the same
 * reason), and its dictionary was a sixth of a bundle.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported: gramota embeds TrueType fonts');
}
