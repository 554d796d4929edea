import { softHyphen } from '../../language/hyphenation.js';
import { platform } from '../../platform/index.js';
import { readEmbeddedFontPrototype } from './embedded-font.js';

type Font = { widthOfString(text: string, size: number, features?: unknown): number };
type PdfInline = { text: string; width: number; font: Font; fontSize: number; fontFeatures?: unknown };
type Line = {
  inlines: PdfInline[];
  /** The sum of the inlines' widths as they were added: what aligning and justifying the line go by. */
  inlineWidths: number;
  hasEnoughSpaceForInline(inline: PdfInline, next?: PdfInline[]): boolean;
};
type Builder = { buildNextLine(node: unknown): Line | null };
type Writer = { addLine(line: Line, ...rest: unknown[]): HyphenPosition | false };
/** Where pdfmake placed a line (ElementWriter.getCurrentPositionOnPage), marked when the line ends inside a word. */
export type HyphenPosition = { gramotaHyphen?: true };
type Glyph = { id: number; codePoints: number[]; advanceWidth: number };
type Run = { glyphs: Glyph[] };
type EmbeddedFont = {
  font: { glyphForCodePoint(codePoint: number): Glyph };
  layoutRun(text: string, features?: unknown): Run;
};

/**
 * Marks a soft hyphen at the end of a line, where a hyphen is drawn: a private-use code point that never reaches a
 * page (language/glyphs.ts rejects those in a plan), turned into the font's soft-hyphen glyph by the patched layout.
 */
const drawnHyphen = '\uE0AD';

let patched = false;

/**
 * A visible hyphen where pdfmake breaks a line at a soft hyphen (language/hyphenation.ts): pdfmake breaks there but
 * draws nothing. A fragment that ends in a soft hyphen fits on a line only with the hyphen's width (as in Word and
 * LibreOffice); a line that ends with one gets the font's soft-hyphen glyph (the same shape as «-»), mapped to
 * U+00AD in the text layer, so copying and searching the PDF still give whole words. Installed once, from fonts.ts.
 */
export function patchDrawnHyphens(): void {
  if (patched) return;
  const Line = platform.loadModule<{ default: { prototype: Line } }>('pdfmake/js/Line.js').default;
  const LayoutBuilder = platform.loadModule<{ default: { prototype: Builder } }>(
    'pdfmake/js/LayoutBuilder.js',
  ).default;

  const fits = Line.prototype.hasEnoughSpaceForInline;
  Line.prototype.hasEnoughSpaceForInline = function hasEnoughSpaceForInline(this: Line, inline, next) {
    if (!inline.text.endsWith(softHyphen)) return fits.call(this, inline, next);
    const width = inline.width;
    inline.width += hyphenWidth(inline);
    try {
      return fits.call(this, inline, next);
    } finally {
      inline.width = width;
    }
  };

  const build = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function buildNextLine(this: Builder, node: unknown) {
    const line = build.call(this, node);
    const last = line?.inlines[line.inlines.length - 1];
    if (line && last?.text.endsWith(softHyphen)) {
      // The line is as wide as its hyphen too, so a justified line ends with the hyphen at the margin, not past it.
      const hyphen = hyphenWidth(last);
      last.width += hyphen;
      line.inlineWidths += hyphen;
      last.text = last.text.slice(0, -1) + drawnHyphen;
    }
    return line;
  };

  // The position of a line that ends inside a word is marked, so that a row broken across pages after it can be
  // told apart (cell-lines.ts): a word is never split between two pages (lone-lines.ts).
  const ElementWriter = platform.loadModule<{ default: { prototype: Writer } }>(
    'pdfmake/js/ElementWriter.js',
  ).default;
  const addLine = ElementWriter.prototype.addLine;
  ElementWriter.prototype.addLine = function addMarkedLine(this: Writer, line, ...rest) {
    const position = addLine.call(this, line, ...rest);
    if (position && endsInsideWord(line)) position.gramotaHyphen = true;
    return position;
  };

  patchFontLayout();
  patched = true;
}

/** Whether a line ends with a drawn soft hyphen, or with the hyphen of a compound word («организаций-»). */
function endsInsideWord(line: Line): boolean {
  const text = line.inlines[line.inlines.length - 1]?.text ?? '';
  return text.endsWith(drawnHyphen) || text.endsWith('-');
}

function hyphenWidth(inline: PdfInline): number {
  return inline.font.widthOfString('-', inline.fontSize, inline.fontFeatures);
}

/**
 * pdfkit's EmbeddedFont drops soft hyphens inside a line, and lays the marked hyphen out as «-», then puts the font's
 * U+00AD glyph in its place.
 */
function patchFontLayout(): void {
  const proto = readEmbeddedFontPrototype<EmbeddedFont>();
  const layoutRun = proto.layoutRun;
  proto.layoutRun = function layoutMarkedRun(this: EmbeddedFont, text, features) {
    // A soft hyphen inside a line is not drawn: fontkit would give it the space glyph, a space in the text layer.
    const plain = text.includes(softHyphen) ? text.replaceAll(softHyphen, '') : text;
    if (!plain.endsWith(drawnHyphen)) return layoutRun.call(this, plain, features);
    const run = layoutRun.call(this, `${plain.slice(0, -1)}-`, features);
    // The soft-hyphen glyph (uni00AD), whose code point pdfkit writes into the text layer.
    run.glyphs = [...run.glyphs.slice(0, -1), this.font.glyphForCodePoint(0xad)];
    return run;
  };
}
