import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/model/schema.js';
import { makeDocument, makeSection, text } from './fixtures.js';
import { allOf, renderBody } from './parts.js';

const signature = {
  type: 'paragraph',
  style: 'bodyPlain',
  children: [
    { type: 'text', value: 'Директор' },
    { type: 'tab' },
    { type: 'text', value: 'Г.В.\u00a0Алейкина' },
  ],
} as Block;

async function paragraphs(children: readonly Block[], orientation: 'portrait' | 'landscape' = 'portrait') {
  return allOf(await renderBody(makeDocument([makeSection(children, { orientation })])), 'w:p');
}

const para = (children: readonly Inline[], extra: Record<string, unknown> = {}) =>
  ({ type: 'paragraph', style: 'body', children, ...extra }) as Block;

describe('DOCX paragraphs and inlines', () => {
  it('puts a right tab stop at the text width in a paragraph with a tab, so the name is flush right', async () => {
    const [portrait = ''] = await paragraphs([signature]);
    expect(portrait).toContain('<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>');
    expect(portrait).toContain('<w:r><w:tab/></w:r>');
    expect(portrait).toContain('Г.В.\u00a0Алейкина');
    const [landscape = ''] = await paragraphs([signature], 'landscape');
    expect(landscape).toContain('<w:tab w:val="right" w:pos="14570"/>');
  });

  it('writes no tab stop in a paragraph without a tab', async () => {
    const [plain = ''] = await paragraphs([text('Без табуляции', 'body')]);
    expect(plain).not.toContain('<w:tabs>');
  });

  it('references the style by its Word id and writes alignment and keep-with-next only when asked', async () => {
    const [plain = '', aligned = ''] = await paragraphs([
      text('Обычный', 'body'),
      para([{ type: 'text', value: 'x' }], { align: 'right', keepNext: true }),
    ]);
    expect(plain).toContain('<w:pStyle w:val="GramotaBody"/>');
    expect(plain).not.toContain('<w:jc');
    expect(plain).not.toContain('keepNext');
    expect(aligned).toContain('<w:jc w:val="right"/>');
    expect(aligned).toContain('<w:keepNext/>');
    const [justified = ''] = await paragraphs([para([], { align: 'justify' })]);
    expect(justified).toContain('<w:jc w:val="both"/>');
  });

  it('writes bold, italic and underlined runs, line breaks and a PAGE field', async () => {
    const [p = ''] = await paragraphs([
      para([
        { type: 'text', value: 'жирный', bold: true },
        { type: 'text', value: 'курсив', italic: true },
        { type: 'text', value: 'подчёркнутый', underline: true },
        { type: 'lineBreak' },
        { type: 'pageNumber' },
      ]),
    ]);
    const runs = allOf(p, 'w:r');
    expect(runs[0]).toContain('<w:b/>');
    expect(runs[0]).not.toContain('<w:i/>');
    expect(runs[1]).toContain('<w:i/>');
    expect(runs[2]).toContain('<w:u w:val="single"/>');
    expect(runs[3]).toContain('<w:br/>');
    expect(p).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
  });

  it('turns a page break before a paragraph into «page break before», without an empty paragraph', async () => {
    const ps = await paragraphs([text('Раз', 'body'), { type: 'pageBreak' }, text('Два', 'body')]);
    expect(ps).toHaveLength(2);
    expect(ps[1]).toContain('<w:pageBreakBefore/>');
    expect(ps[0]).not.toContain('pageBreakBefore');
  });

  it('writes a page break before a table as a paragraph with a page break', async () => {
    const table = {
      type: 'table',
      borders: 'grid',
      widths: [{ fr: 1 }],
      rows: [{ cells: [{ children: [] }] }],
    };
    const body = await renderBody(makeDocument([makeSection([{ type: 'pageBreak' }, table as Block])]));
    expect(body).toMatch(/<w:br w:type="page"\/>.*<w:tbl>/s);
  });
});
