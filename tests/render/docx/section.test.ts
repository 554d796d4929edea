import { describe, expect, it } from 'vitest';
import { makeDocument, makeSection, text } from './fixtures.js';
import { allOf, countOf, renderParts } from './parts.js';

function sectionProperties(documentXml: string): string[] {
  return allOf(documentXml, 'w:sectPr');
}

describe('DOCX sections', () => {
  it('writes a landscape A4 page as portrait dimensions swapped, with the margins rotated', async () => {
    const parts = await renderParts(makeDocument([makeSection([text('x')], { orientation: 'landscape' })]));
    const [props] = sectionProperties(parts['word/document.xml'] ?? '');
    expect(props).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // The 30 mm binding margin stays on the same sheet edge: it is the top one in landscape.
    expect(props).toContain(
      '<w:pgMar w:top="1701" w:right="1134" w:bottom="567" w:left="1134" w:header="567"',
    );
  });

  it('writes a portrait A4 page with the GOST margins 30/10/20/20 mm and the header 10 mm from the edge', async () => {
    const parts = await renderParts(makeDocument([makeSection([text('x')])]));
    const [props] = sectionProperties(parts['word/document.xml'] ?? '');
    expect(props).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(props).toContain(
      '<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701" w:header="567"',
    );
  });

  it('numbers pages from the second: a title page with an empty header, a centred PAGE field after it', async () => {
    const parts = await renderParts(makeDocument([makeSection([text('x')])]));
    const [props = ''] = sectionProperties(parts['word/document.xml'] ?? '');
    expect(props).toContain('<w:titlePg/>');
    expect(props).toContain('<w:pgNumType w:start="1"/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const headerOf = (type: string) => {
      const id = props.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))?.[1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1] ?? '';
      return parts[`word/${target}`] ?? '';
    };
    const defaultHeader = headerOf('default');
    const firstHeader = headerOf('first');
    expect(defaultHeader).toContain('<w:pStyle w:val="GramotaPageNumber"/>');
    expect(defaultHeader).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(defaultHeader).not.toContain('NUMPAGES');
    expect(firstHeader).toContain('<w:hdr');
    expect(firstHeader).not.toContain('PAGE');
  });

  it('gives a section without numbers an explicit empty header, so it does not inherit the previous one', async () => {
    const doc = makeDocument([makeSection([text('a')]), makeSection([text('b')], { pageNumbers: 'none' })]);
    const parts = await renderParts(doc);
    const [first = '', second = ''] = sectionProperties(parts['word/document.xml'] ?? '');
    expect(first).toContain('<w:titlePg/>');
    expect(second).not.toContain('<w:titlePg/>');
    expect(countOf(second, '<w:headerReference w:type="default"')).toBe(1);
    const headers = Object.entries(parts).filter(([path]) => /^word\/header\d+\.xml$/.test(path));
    expect(headers).toHaveLength(3);
    expect(headers.filter(([, xml]) => xml.includes('PAGE'))).toHaveLength(1);
  });

  it('makes one Word section per model section, each counting pages from 1', async () => {
    const doc = makeDocument([
      makeSection([text('a')]),
      makeSection([text('b')], { orientation: 'landscape' }),
      makeSection([text('c')]),
    ]);
    const props = sectionProperties((await renderParts(doc))['word/document.xml'] ?? '');
    expect(props).toHaveLength(3);
    expect(props.map((p) => p.match(/w:orient="(\w+)"/)?.[1])).toEqual(['portrait', 'landscape', 'portrait']);
    expect(props.every((p) => p.includes('<w:pgNumType w:start="1"/>'))).toBe(true);
  });

  it('writes the title and the author into the document properties', async () => {
    const withoutAuthor = await renderParts(makeDocument([makeSection([text('x')])]));
    expect(withoutAuthor['docProps/core.xml']).toContain('<dc:title>Дорожная карта</dc:title>');
    expect(withoutAuthor['docProps/core.xml']).toContain('<dc:creator>gramota</dc:creator>');
  });
});
