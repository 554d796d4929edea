import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from '../../../src/font-metrics-data.js';
import { fontFiles } from '../../../src/fonts.js';
import { platform } from '../../../src/platform/index.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';

type Glyph = { id: number; codePoints: number[]; advanceWidth: number };
type Run = { glyphs: Glyph[]; positions: Record<string, number>[]; advanceWidth: number; script?: string };
type EmbeddedFont = { layoutRun(text: string, features?: unknown): Run };

const data = resolve(import.meta.dirname, '../../../data');

/** pdfkit's font objects as pdfmake's documents get them, after gramota's patches (fonts.ts). */
function openEmbedded(path: string): EmbeddedFont {
  getPdfMake();
  const PDFDocument =
    platform.loadModule<new (o: object) => { font(p: string): { _font: EmbeddedFont } }>('pdfkit');
  return new PDFDocument({ autoFirstPage: false }).font(path)._font;
}

/** What pdfkit draws and measures with: glyph ids and their text, every position, the advance. */
const toDrawn = (run: Run) => ({
  glyphs: run.glyphs.map((g) => [g.id, g.codePoints, g.advanceWidth]),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth,
});

describe('text runs without kerning (kerning.ts)', () => {
  const words = [
    ...new Set(
      readdirSync(data)
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => readFileSync(join(data, f), 'utf8').split(/\s+/))
        .map((w) => `${w} `),
    ),
    fontMetrics.widthChars,
  ];

  it('set a run of the width table’s characters unshaped, exactly as fontkit shapes it (regular and bold)', () => {
    for (const path of [fontFiles.normal, fontFiles.bold]) {
      const font = openEmbedded(path);
      let unshaped = 0;
      for (const word of words) {
        const fast = font.layoutRun(word);
        const shaped = font.layoutRun(word, { kern: false });
        expect(shaped.script, word).toBeDefined();
        if (fast.script === undefined) unshaped++;
        expect(toDrawn(fast), word).toEqual(toDrawn(shaped));
      }
      expect(unshaped).toBeGreaterThan(words.length * 0.9);
    }
  });

  it('keeps a run of the table’s characters for the next documents, its glyphs carrying their own characters', () => {
    const [first, second] = [openEmbedded(fontFiles.bold), openEmbedded(fontFiles.bold)];
    const run = first.layoutRun('Ёлка№\u00A05 ');
    expect(second.layoutRun('Ёлка№\u00A05 ')).toBe(run);
    expect(run.glyphs.map((g) => g.codePoints)).toEqual(
      [...'Ёлка№\u00A05 '].map((ch) => [ch.codePointAt(0)]),
    );
    expect(toDrawn(run)).toEqual(toDrawn(second.layoutRun('Ёлка№\u00A05 ', { kern: false })));
    expect(second.layoutRun('Ἀθῆναι ')).not.toBe(first.layoutRun('Ἀθῆναι '));
    expect(openEmbedded(fontFiles.normal).layoutRun('Ёлка№\u00A05 ')).not.toBe(run);
  });

  it('leaves to fontkit a run with another character, and the italic faces', () => {
    const regular = openEmbedded(fontFiles.normal);
    expect(regular.layoutRun('Ἀθῆναι ').script).toBeDefined();
    expect(regular.layoutRun('tab\t').script).toBeDefined();
    expect(openEmbedded(fontFiles.italics).layoutRun('курсив ').script).toBeDefined();
    expect(regular.layoutRun('прямой ').script).toBeUndefined();
  });
});
