import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { deferGlyphNames } from '../src/font-post-table.js';
import { fontFiles } from '../src/fonts.js';

type Font = {
  post: Record<string, unknown>;
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  numGlyphs: number;
  getGlyph(id: number): { name: string };
  _decodeTable(entry: { tag: string }): unknown;
};
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Buffer): Font };

/** A fresh fontkit font of the file, counting the tables it decodes. */
function open(file: string): { font: Font; decoded: string[] } {
  const font = fontkit.create(readFileSync(file));
  const decoded: string[] = [];
  const decode = font._decodeTable;
  font._decodeTable = function counted(entry) {
    decoded.push(entry.tag);
    return decode.call(this, entry);
  };
  return { font, decoded };
}

describe('deferGlyphNames', () => {
  it.each(Object.entries(fontFiles))(
    'gives the %s face the post table fontkit decodes, the names when asked',
    (_, file) => {
      const { font: plain } = open(file);
      const { font, decoded } = open(file);
      deferGlyphNames(font);
      expect(font.italicAngle).toBe(plain.italicAngle);
      expect(font.underlinePosition).toBe(plain.underlinePosition);
      expect(font.underlineThickness).toBe(plain.underlineThickness);
      expect(font.post.isFixedPitch).toBe(plain.post.isFixedPitch);
      expect(decoded).not.toContain('post');
      expect({ ...font.post }).toEqual({ ...plain.post });
      expect(decoded.filter((tag) => tag === 'post')).toEqual(['post']);
      const ids = Array.from({ length: plain.numGlyphs }, (_, id) => id);
      expect(ids.map((id) => font.getGlyph(id).name)).toEqual(ids.map((id) => plain.getGlyph(id).name));
      expect((plain.post.names as unknown[]).length).toBeGreaterThan(100);
    },
  );

  it('leaves a font without such a table as it is', () => {
    const font = { type: 'WOFF', _tables: {} as Record<string, unknown> };
    deferGlyphNames(font);
    expect(font._tables).toEqual({});
  });
});
