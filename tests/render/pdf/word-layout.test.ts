import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../src/fonts.js';
import { platform } from '../../../src/platform/index.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';

type Layout = { glyphs: { id: number }[] | null; positions: object[] | null; advanceWidth: number };
type Font = { layout(text: string, features?: unknown, onlyWidth?: boolean): Layout };
type Pdfkit = new (options: object) => { font(path: string): { _font: Font } };

/** A font of pdfkit as gramota patches it, and pdfkit's own layout function from a copy loaded anew, as it ships. */
function openFonts(): { patched: Font; pristine: Font['layout'] } {
  getPdfMake();
  const Patched = platform.loadModule<Pdfkit>('pdfkit');
  const require = createRequire(import.meta.url);
  const path = require.resolve('pdfkit');
  const cached = require.cache[path];
  delete require.cache[path];
  const Pristine = require('pdfkit') as Pdfkit;
  if (cached) require.cache[path] = cached;
  const open = (Pdfkit: Pdfkit) =>
    new Pdfkit({ autoFirstPage: false, font: null }).font(fontFiles.normal)._font;
  const pristine = (Object.getPrototypeOf(open(Pristine)) as Font).layout;
  return { patched: open(Patched), pristine };
}

describe("pdfkit's layout by words (word-layout.ts)", () => {
  it('gives the glyphs, positions and width pdfkit gives, with spaces, tabs and without', () => {
    const { patched, pristine } = openFonts();
    expect(patched.layout).not.toBe(pristine);
    const texts = [
      '',
      ' ',
      'слово',
      'два слова',
      'два  пробела ',
      ' в\tтаб',
      'конец\t',
      'Дорожная карта № 5 — 2021–2022',
    ];
    for (const text of texts) {
      // The same font object, its runs from the same word cache: only the splitting into words differs.
      const [a, b] = [patched.layout(text), pristine.call(patched, text)];
      expect(
        a.glyphs?.map((g) => g.id),
        text,
      ).toEqual(b.glyphs?.map((g) => g.id));
      expect(a.positions, text).toEqual(b.positions);
      expect(a.advanceWidth, text).toBe(b.advanceWidth);
      expect(patched.layout(text, undefined, true)).toEqual({
        glyphs: null,
        positions: null,
        advanceWidth: b.advanceWidth,
      });
    }
  });
});
