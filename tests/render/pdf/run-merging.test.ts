import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { mergeRuns } from '../../../src/render/pdf/run-merging.js';
import { makeDocument, makeSection, para, readPdf } from './fixtures.js';

const look = { font: 'regular', fontSize: 12, color: 'black', link: null, linkToPage: null };
const piece = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) => ({
  text,
  x,
  width,
  ...look,
  ...extra,
});

describe('pieces of a line drawn as runs (run-merging.ts)', () => {
  it('joins the touching pieces of one look: the syllables of a hyphenated word and the words after it', () => {
    const line = {
      inlines: [piece('орга\u00AD', 0, 30), piece('низа\u00AD', 30, 25), piece('ция ', 55, 20)],
    };
    expect(mergeRuns(line).inlines).toEqual([piece('орга\u00ADниза\u00ADция ', 0, 75)]);
  });

  it('keeps apart pieces with a stretched space between them, another font or size, or a link', () => {
    const justified = { inlines: [piece('проект ', 0, 40), piece('план', 43, 25, { justifyShift: 3 })] };
    expect(mergeRuns(justified)).toBe(justified);
    const bold = { inlines: [piece('Этап ', 0, 30), piece('1.', 30, 10, { font: 'bold' })] };
    expect(mergeRuns(bold)).toBe(bold);
    const linked = { inlines: [piece('см. ', 0, 20), piece('сайт', 20, 20, { link: 'https://x.ru' })] };
    expect(mergeRuns(linked)).toBe(linked);
  });

  it('draws each line of a hyphenated paragraph as one text object, all its words there', async () => {
    const words = 'организационно-методическое сопровождение образовательной деятельности преподавателей';
    const text = Array.from({ length: 6 }, () => words).join(' ');
    const pdf = await renderPdf(makeDocument([makeSection([para(text, 'bodyPlain', { align: 'left' })])]));
    const { items } = await readPdf(pdf);
    const lines = new Set(items.flat().map((item) => Math.round(item.y))).size;
    expect(lines).toBeGreaterThan(3);
    // Without the runs, every syllable between soft hyphens is a text object of its own: 36 here.
    expect(countTextObjects(pdf)).toBe(lines);
  });
});

/** The text objects (BT … ET) in the PDF's compressed streams. */
function countTextObjects(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  let count = 0;
  for (const [, data] of text.matchAll(/(?<!end)stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      count += (inflateSync(Buffer.from(data!, 'latin1')).toString('latin1').match(/^BT$/gm) ?? []).length;
    } catch {
      // not a deflated stream
    }
  }
  return count;
}
