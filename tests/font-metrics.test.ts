import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layOutWidth, readFontMetrics } from '../src/font-metrics.js';
import { fontMetrics } from '../src/font-metrics-data.js';
import { openFace } from '../src/fonts.js';
import { findMissingGlyphs } from '../src/language/glyphs.js';
import { measureEm } from '../src/render/measure.js';

const root = resolve(import.meta.dirname, '..');

describe('font-metrics-data.ts (written by npm run font-metrics)', () => {
  it('equals what fontkit reads from the committed fonts, every pair of table characters laid out as their sum', {
    timeout: 120_000,
  }, () => {
    expect(readFontMetrics(openFace(false), openFace(true))).toEqual(fontMetrics);
    expect(fontMetrics.widthChars).toContain('Ё');
    expect(fontMetrics.widthChars).toContain('№');
    expect(fontMetrics.widthChars).toContain('\u00A0');
    expect(fontMetrics.widthChars).not.toContain('\u00AD');
  });

  it('refuses a font in which another character is drawn with a table character’s glyph', () => {
    const regular = openFace(false);
    const a = regular.glyphForCodePoint(0x61);
    const other = 0x1d41a; // 𝐚, mathematical bold small a
    const sharing = Object.create(regular, {
      characterSet: { value: [...regular.characterSet, other] },
      glyphForCodePoint: { value: (cp: number) => (cp === other ? a : regular.glyphForCodePoint(cp)) },
    }) as typeof regular;
    expect(() => readFontMetrics(sharing, openFace(true))).toThrow('drawn for two characters');
  });
});

describe('measureEm from the table', () => {
  /** Every word of the sample plans, and a few with characters outside the table (fontkit measures those). */
  const words = [
    ...new Set(
      readdirSync(join(root, 'data'))
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => readFileSync(join(root, 'data', f), 'utf8').split(/\s+/)),
    ),
    'Ἀθῆναι',
    'ü (u\u0308)',
    'tab\there',
    'ﬁ ﬂ',
    'α+β',
  ];

  it('gives for every word of the sample plans the width fontkit lays out, in both faces', () => {
    expect(words.length).toBeGreaterThan(1000);
    for (const bold of [false, true]) {
      const face = openFace(bold);
      for (const word of words)
        expect(measureEm(word, bold), word).toBe(layOutWidth(face, word) / face.unitsPerEm);
    }
  });

  it('lets the plan check find a character the font lacks without fontkit, as before', () => {
    expect(findMissingGlyphs('План на 2025/26 уч. год — «Наставничество» №\u00A05')).toEqual([]);
    expect(findMissingGlyphs('смайлик 😀 и ☃')).toEqual(['😀', '☃']);
    expect(findMissingGlyphs('не\u2011разрывный')).toEqual([]);
  });
});
