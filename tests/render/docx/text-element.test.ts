import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { dropNeedlessPreserve, writeTextElement } from '../../../src/render/docx/text-element.js';
import { cell, makeDocument, makeSection } from './fixtures.js';
import { renderParts } from './parts.js';

describe('text elements as Word writes them', () => {
  it.each([
    ['Приказ', '<w:t>Приказ</w:t>'],
    ['от 01.09.2024 № 15', '<w:t>от 01.09.2024 № 15</w:t>'],
    ['А.\u00a0В.\u00a0Спиридонова', '<w:t>А.\u00a0В.\u00a0Спиридонова</w:t>'],
    ['', '<w:t></w:t>'],
    [' с пробелом в начале', '<w:t xml:space="preserve"> с пробелом в начале</w:t>'],
    ['с пробелом в конце ', '<w:t xml:space="preserve">с пробелом в конце </w:t>'],
    ['два  пробела', '<w:t xml:space="preserve">два  пробела</w:t>'],
    ['табу\tляция', '<w:t xml:space="preserve">табу\tляция</w:t>'],
    ['строка\nстрока', '<w:t xml:space="preserve">строка\nстрока</w:t>'],
  ])('%j → %s', (escaped, element) => {
    expect(writeTextElement(escaped)).toBe(element);
  });

  it('rewrites only w:t, and leaves a field instruction its mark', () => {
    const xml =
      '<w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
      '<w:r><w:t xml:space="preserve">Текст </w:t></w:r><w:r><w:t xml:space="preserve">Текст</w:t></w:r>';
    expect(dropNeedlessPreserve(xml)).toBe(
      '<w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
        '<w:r><w:t xml:space="preserve">Текст </w:t></w:r><w:r><w:t>Текст</w:t></w:r>',
    );
  });

  it('keeps the space between a plain and a bold run in the body and in a table row; no part marks a text without such spaces', async () => {
    const paragraph: Block = {
      type: 'paragraph',
      style: 'body',
      children: [
        { type: 'text', value: 'Срок: ' },
        { type: 'text', value: 'май', bold: true },
        { type: 'text', value: ' 2024 г.' },
      ],
    };
    const table: Block = {
      type: 'table',
      borders: 'grid',
      widths: [{ fr: 1 }, { fr: 1 }],
      rows: [{ cells: [{ children: [{ ...paragraph, style: 'tableText' }] }, cell('Итог')] }],
    };
    const doc = makeDocument([makeSection([paragraph, table], { pageNumbers: 'fromSecond' })]);
    const parts = await renderParts(doc);
    const body = parts['word/document.xml']!;
    expect(body.match(/<w:t xml:space="preserve">Срок: <\/w:t>/g)).toHaveLength(2);
    expect(body.match(/<w:t xml:space="preserve"> 2024 г\.<\/w:t>/g)).toHaveLength(2);
    expect(body.match(/<w:t>май<\/w:t>/g)).toHaveLength(2);
    expect(body).toContain('<w:t>Итог</w:t>');
    const marked = Object.entries(parts).filter(([path]) => path.startsWith('word/'));
    for (const [, xml] of marked)
      for (const [, text] of xml.matchAll(/<w:t xml:space="preserve">([^<]*)</g))
        expect(text).toMatch(/^ | $| {2}|[\t\r\n]/);
  });
});
