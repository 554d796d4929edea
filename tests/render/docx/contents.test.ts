import { describe, expect, it } from 'vitest';
import { layout, styles } from '../../../src/model/styles.js';
import { mmToTwip } from '../../../src/model/units.js';
import { measureEm } from '../../../src/render/measure.js';
import { makeDocument, makeSection, text } from './fixtures.js';
import { allOf, renderParts } from './parts.js';

describe('the contents in the DOCX', () => {
  it('leaves a heading without a number unindented', async () => {
    const contents = { type: 'contents' as const, entries: [{ text: 'Введение', block: 1, page: 2 }] };
    const body = (await renderParts(makeDocument([makeSection([contents, text('Введение')])])))[
      'word/document.xml'
    ]!;
    const [entry = ''] = allOf(body, 'w:p').filter((p) => p.includes('GramotaContents'));
    expect(entry).toContain('Введение');
    expect(entry).not.toContain('<w:ind');
  });

  it("indents a sub-heading's line by its depth, its page number still at the right tab of the margin", async () => {
    const contents = {
      type: 'contents' as const,
      entries: [
        { text: '3. Анализ', block: 1, page: 2 },
        { text: '3.1. SWOT-анализ', block: 2, page: 3, depth: 2 },
      ],
    };
    const doc = makeDocument([makeSection([contents, text('3. Анализ'), text('3.1. SWOT-анализ')])]);
    const body = (await renderParts(doc))['word/document.xml']!;
    const [first = '', second = ''] = allOf(body, 'w:p').filter((p) => p.includes('GramotaContents'));
    // The heading's number hangs: its lines after the first stand in under the first letter of its words.
    const hang = (number: string) => Math.round(measureEm(number, false) * styles.contents.sizePt * 20);
    expect(first).toContain(`<w:ind w:left="${hang('3. ')}" w:hanging="${hang('3. ')}"/>`);
    const left = mmToTwip(layout.contentsIndentMm) + hang('3.1. ');
    expect(second).toContain(`<w:ind w:left="${left}" w:hanging="${hang('3.1. ')}"/>`);
    expect(second).toContain('w:leader="dot"');
    // An entry of two lines is never parted between pages (the PDF keeps it whole too).
    expect(first).toContain('<w:keepLines/>');
    expect(second).toMatch(/SWOT-анализ<\/w:t>.*<w:tab\/>.*<w:t>3<\/w:t>/);
  });
});
