import { type Fontkit, openParsedFont } from '../../fonts.js';
import { platform } from '../../platform/index.js';
import { patchFontSubsets } from './font-subsets.js';

/**
 * Font tables parsed once per font file and process. pdfmake reads the font file and pdfkit parses it with fontkit
 * for every document — a third of a small document's PDF time. What a document may change is its own: each gets a
 * font object of its own over the shared tables (openParsedFont, fonts.ts, which the text measuring shares too).
 *
 * fontkit's exports cannot be redefined, so the fontkit that pdfkit requires is swapped (platform.wrapPdfkitFontkit:
 * in Node's module cache; in the CLI's and the studio's bundles, the copy of fontkit's exports pdfkit gets there) for
 * one whose `create` remembers the fonts it parsed, found again by their bytes (pdfmake's access policy lets it read
 * only our fonts/ folder). This runs when the module is evaluated, before pdfmake loads pdfkit: fonts.ts imports it
 * first. Were pdfkit already loaded, nothing changes but the speed. The fonts it gives embed their subsets faster
 * (font-subsets.ts).
 */
platform.wrapPdfkitFontkit((module) => {
  const fontkit = module as Fontkit;
  const create = (bytes: Uint8Array, name?: string) => {
    const font = openParsedFont(fontkit, bytes, name);
    if ('createSubset' in font) patchFontSubsets(font as Parameters<typeof patchFontSubsets>[0]);
    return font;
  };
  return { ...fontkit, create };
});
