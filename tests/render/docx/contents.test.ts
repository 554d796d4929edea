import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/model/styles.js';
import { mmToTwip } from '../../../src/model/units.js';
import { makeDocument, makeSection, text } from './fixtures.js';
import { allOf, renderParts } from './parts.js';

describe('the contents in the DOCX', () => {
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
    expect(first).not.toContain('<w:ind');
    expect(second).toContain(`<w:ind w:left="${mmToTwip(layout.contentsIndentMm)}"/>`);
    expect(second).toContain('w:leader="dot"');
    // An entry of two lines is never parted between pages (the PDF keeps it whole too).
    expect(first).toContain('<w:keepLines/>');
    expect(second).toMatch(/SWOT-анализ<\/w:t>.*<w:tab\/>.*<w:t>3<\/w:t>/);
  });
});
