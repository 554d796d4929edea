import { describe, expect, it } from 'vitest';
import { hyphenateText, softHyphen } from '../../../src/language/hyphenation.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';
import { renderPdf, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, para, readPdf } from './fixtures.js';

const text = 'Профессиональных образовательных организаций муниципального образования';

/** Where hyphenation may break a word: the number of letters before each of its soft hyphens. */
function breaksAt(word: string): number[] {
  const parts = hyphenateText(word).split(softHyphen);
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length);
}

/** The glyph (4 hex digits) that pdfkit's ToUnicode map gives U+00AD: its bfrange array is indexed by glyph. */
function softHyphenGlyph(raw: string): string | undefined {
  const range = /beginbfrange\s*<0000> <[0-9a-f]+> \[([^\]]*)\]/i.exec(raw)?.[1] ?? '';
  const index = (range.match(/<[0-9a-f]+>/gi) ?? []).findIndex((code) => code.toLowerCase() === '<00ad>');
  return index < 0 ? undefined : index.toString(16).padStart(4, '0');
}

describe('hyphenation in the PDF', () => {
  it('breaks words in a narrow column only at their hyphenation points, with a drawn hyphen', async () => {
    const table = {
      type: 'table',
      borders: 'grid',
      widths: [{ mm: 28 }, { fr: 1 }],
      rows: [{ cells: [cell(text), cell('')] }],
    };
    const doc = makeDocument([makeSection([table])]);
    const { items } = await readPdf(await renderPdf(doc));
    const lines = (items[0] ?? []).filter((item) => item.x < 100 && item.str.trim() !== '');
    expect(lines.length).toBeGreaterThan(4);
    // Walk the text line by line: each line is the text's next piece, ending at a space or inside a word.
    let at = 0;
    let breaksInWords = 0;
    for (const line of lines.slice(0, -1)) {
      expect(text.startsWith(line.str.trim(), at), line.str).toBe(true);
      at += line.str.trim().length;
      if (text[at] === ' ') {
        at += 1;
        continue;
      }
      // Inside a word: exactly at one of its soft hyphens.
      const start = text.lastIndexOf(' ', at - 1) + 1;
      const end = text.indexOf(' ', at) < 0 ? text.length : text.indexOf(' ', at);
      expect(breaksAt(text.slice(start, end)), text.slice(start, end)).toContain(at - start);
      breaksInWords += 1;
    }
    // A hyphen is drawn at each break inside a word: the font's soft-hyphen glyph, whose code in the text layer
    // (the ToUnicode map) is U+00AD, so a copied or searched word stays whole.
    const raw = Buffer.from(
      await getPdfMake()
        .createPdf({ ...toPdfDefinition(doc), compress: false })
        .getBuffer(),
    ).toString('latin1');
    const glyph = softHyphenGlyph(raw);
    const drawn = [...raw.matchAll(/\[([^\]]*)\] TJ/g)].flatMap((m) =>
      (m[1]?.match(/<[0-9a-f]+>/gi) ?? []).flatMap((hex) => hex.slice(1, -1).match(/.{4}/g) ?? []),
    );
    expect(breaksInWords).toBeGreaterThan(0);
    expect(drawn.filter((gid) => gid === glyph)).toHaveLength(breaksInWords);
  });

  it('ends a justified line broken inside a word with its hyphen at the right margin, not past it', async () => {
    const sentence =
      'Профессиональных образовательных организаций муниципального образования, осуществляющих инновационную деятельность';
    const doc = makeDocument([
      makeSection([para(Array.from({ length: 6 }, () => sentence).join(' '), 'body')]),
    ]);
    const { items } = await readPdf(await renderPdf(doc));
    // Portrait: the text ends 10 mm from the sheet's right edge. The text layer's item of a line ends before its
    // hyphen (the glyph reads as U+00AD), so a hyphenated line ends one hyphen (14 pt: 4.66 pt) short of the margin.
    const marginPt = 595.28 - (10 * 72) / 25.4;
    const hyphenPt = (14 * 333) / 1000;
    const page = items[0] ?? [];
    const lineYs = [...new Set(page.map((item) => Math.round(item.y)))];
    expect(lineYs.length).toBeGreaterThan(10);
    // Every line but the paragraph's last, by its right end.
    const ends = lineYs.slice(0, -1).map((y) => {
      const line = page.filter((item) => Math.round(item.y) === y);
      return Math.max(...line.map((item) => item.x + (item as { width: number }).width));
    });
    for (const end of ends)
      expect(
        [marginPt, marginPt - hyphenPt].some((at) => Math.abs(end - at) < 0.3),
        `${end}`,
      ).toBe(true);
    expect(ends.filter((end) => Math.abs(end - (marginPt - hyphenPt)) < 0.3).length).toBeGreaterThan(2);
  });
});
