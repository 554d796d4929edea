import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFace } from '../../../src/fonts.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { makeDocument, makeSection, para, readPdf } from './fixtures.js';

type Decoding = { _decode(): { numberOfContours: number } | null };

describe('font subsets without decoding simple glyphs (font-subsets.ts)', () => {
  it('decodes only the composite glyphs of the subset, and every letter still prints and copies', async () => {
    const text = 'Съешь же ещё этих мягких французских булок, да выпей йоду: Ёлки, Йошкар-Ола';
    const glyphs = Object.getPrototypeOf(openFace(false).glyphForCodePoint(0x430)) as Decoding;
    const decode = glyphs._decode;
    const decoded: number[] = [];
    glyphs._decode = function (this: Decoding & { id: number }) {
      const glyph = decode.call(this);
      decoded.push(glyph?.numberOfContours ?? 0);
      return glyph;
    };
    try {
      const pdf = await renderPdf(makeDocument([makeSection([para(text, 'bodyPlain')])]));
      const { texts } = await readPdf(pdf);
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(squash(texts.join(''))).toBe(squash(text));
    } finally {
      glyphs._decode = decode;
    }
    // Some 40 distinct glyphs; only composites (ё, й and their capitals in this font, if any) are decoded.
    expect(decoded.every((contours) => contours < 0)).toBe(true);
  });

  it('encodes the same glyphs of a face once: a second document like the first embeds the bytes kept', async () => {
    const doc = () => makeDocument([makeSection([para('Предпросмотр той же дорожной карты', 'bodyPlain')])]);
    const first = await renderPdf(doc());
    const face = openFace(false) as unknown as { createSubset(): object };
    const subsets = Object.getPrototypeOf(face.createSubset()) as { _addGlyph(id: number): number };
    const addGlyph = vi.spyOn(subsets, '_addGlyph');
    const second = await renderPdf(doc());
    expect(addGlyph).not.toHaveBeenCalled();
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    await renderPdf(makeDocument([makeSection([para('Другой текст — другие глифы', 'bodyPlain')])]));
    expect(addGlyph).toHaveBeenCalled();
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
