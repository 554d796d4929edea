import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { readVersion } from '../../../src/version.js';
import { cell, makeDocument, makeSection, text } from './fixtures.js';
import { allOf, countOf, renderParts, styleOf } from './parts.js';

const table: Block = {
  type: 'table',
  borders: 'grid',
  widths: [{ fr: 1 }],
  rows: [{ cells: [cell('Ячейка')] }],
};

async function render(author?: string) {
  const doc = makeDocument([
    makeSection([text('Текст', 'body'), table]),
    makeSection([text('Конец', 'body')]),
  ]);
  return renderParts({
    ...doc,
    meta: { ...doc.meta, title: 'Положение о\u00a0наставничестве', ...(author && { author }) },
  });
}

describe('DOCX package parts', () => {
  it('names gramota and its version as the application, the organisation as author and last editor', async () => {
    const parts = await render('МБОУ «Школа № 1»');
    expect(parts['docProps/app.xml']).toContain(`<Application>gramota/${readVersion()}</Application>`);
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:creator>МБОУ «Школа № 1»</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>МБОУ «Школа № 1»</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>Положение о наставничестве</dc:title>');
  });

  it('declares Russian in the core properties and as the theme font language of the settings', async () => {
    const parts = await render();
    expect(parts['docProps/core.xml']).toContain('<dc:language>ru-RU</dc:language>');
    expect(parts['word/settings.xml']).toMatch(/<\/w:compat><w:themeFontLang w:val="ru-RU"\/>/);
  });

  it('lists Times New Roman with the Cyrillic charset in the font table', async () => {
    const [font = ''] = allOf((await render())['word/fontTable.xml']!, 'w:font');
    expect(font).toContain('w:name="Times New Roman"');
    expect(font).toContain('<w:charset w:val="CC"/>');
    expect(font).toContain('<w:family w:val="roman"/>');
  });

  it('keeps only the styles the document uses or defines, each based on a style that exists', async () => {
    const styles = (await render())['word/styles.xml']!;
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]!);
    for (const leftover of ['Title', 'Heading1', 'Heading6', 'Hyperlink', 'FootnoteText', 'TOC1', 'Strong']) {
      expect(ids).not.toContain(leftover);
    }
    expect(ids).toContain('Normal');
    expect(ids).toContain('GramotaSignature');
    for (const [, base] of styles.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"\/>/g)) {
      expect(ids).toContain(base);
    }
  });

  it('gives the title and section-heading styles outline levels 1 and 2 (Word levels 0 and 1)', async () => {
    const styles = (await render())['word/styles.xml']!;
    expect(styleOf(styles, 'GramotaTitle')).toContain('<w:outlineLvl w:val="0"/>');
    expect(styleOf(styles, 'GramotaHeading')).toContain('<w:outlineLvl w:val="1"/>');
    expect(countOf(styles, '<w:outlineLvl')).toBe(2);
  });

  it('caches a page number in the PAGE field of the numbered header', async () => {
    const parts = await render();
    const headers = Object.entries(parts).filter(([path]) => path.startsWith('word/header'));
    const numbered = headers.filter(([, xml]) => xml.includes('PAGE'));
    expect(numbered.length).toBe(2);
    for (const [, xml] of numbered) {
      expect(xml).toMatch(
        /fldCharType="separate"\/><\/w:r><w:r><w:t>2<\/w:t><\/w:r><w:r><w:fldChar w:fldCharType="end"/,
      );
    }
  });

  it('ends a section whose last block is a table with a paragraph 1 twip high that holds the section break', async () => {
    const body = (await render())['word/document.xml']!;
    const afterTable = body.slice(body.indexOf('</w:tbl>') + '</w:tbl>'.length);
    const [paragraph = ''] = allOf(afterTable, 'w:p');
    expect(paragraph).toContain('<w:spacing w:after="0" w:before="0" w:line="1" w:lineRule="exact"/>');
    expect(paragraph).toContain('<w:sz w:val="2"/>');
    expect(paragraph).toContain('<w:sectPr>');
    expect(paragraph).not.toMatch(/<w:t[ >]/);
  });
});
