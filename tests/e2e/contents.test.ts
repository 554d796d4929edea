import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

/**
 * «Содержание» end to end (data/chapaevsk-programme.yaml): the page printed beside each heading in the PDF
 * contents is the page the heading is on, and the DOCX's table of contents field shows the same numbers already.
 */
const root = resolve(import.meta.dirname, '../..');
const name = 'chapaevsk-programme.yaml';
const headings = [
  '1. Пояснительная записка',
  '2. Цель и задачи проекта',
  '3. Содержание и механизмы реализации проекта',
  '4. Ожидаемые результаты и критерии их оценки',
];

describe('contents of a programme', async () => {
  const [file] = await generate(readFileSync(join(root, 'data', name), 'utf8'), { file: name });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(file!.pdf!)), {
    mergePages: false,
  });
  const pages = text as string[];
  /** Lines of the contents page: «1. Пояснительная записка.....2». */
  const contentsLines = pages[0]!.split('\n').filter((line) => /\.{5,}\s*\d+$/.test(line));
  const printed = new Map(
    contentsLines.map((line) => {
      const [, heading, page] = /^(.*?)\.{5,}\s*(\d+)$/.exec(line)!;
      return [heading!.trim(), Number(page)];
    }),
  );

  it('lists every section heading, in order, with dot leaders, on the first page', () => {
    expect([...printed.keys()]).toEqual(headings);
  });

  it('prints beside each heading the page the heading is on', () => {
    for (const heading of headings) {
      const onPage = pages.findIndex(
        (page, i) => i > 0 && page.split('\n').some((l) => l.trim() === heading),
      );
      expect({ heading, page: printed.get(heading) }).toEqual({ heading, page: onPage + 1 });
    }
    // The headings are spread over the document, not all on one page.
    expect(new Set(printed.values()).size).toBeGreaterThan(2);
  });

  it('writes the same numbers into the DOCX as the cached result of a TOC field with dot leaders', () => {
    const xml = strFromU8(unzipSync(file!.docx!)['word/document.xml']!);
    expect(xml).toContain(
      '<w:instrText xml:space="preserve"> TOC \\o &quot;2-2&quot; \\h \\z \\u </w:instrText>',
    );
    const begin = xml.lastIndexOf('<w:p>', xml.indexOf('w:fldCharType="begin"'));
    const field = xml.slice(begin, xml.indexOf('w:fldCharType="end"'));
    const entries = [
      ...field.matchAll(
        /<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r><w:r><w:tab\/><\/w:r><w:r><w:t>(\d+)</g,
      ),
    ].map((m) => [m[1]!.replace(/\u00a0/g, ' '), Number(m[2])]); // typography's no-break spaces
    expect(entries).toEqual(headings.map((h) => [h, printed.get(h)]));
    expect(field.match(/<w:tab w:val="right" w:pos="\d+" w:leader="dot"\/>/g)).toHaveLength(headings.length);
  });

  it('gives the headings an outline level, so that Word can update the field', () => {
    const styles = strFromU8(unzipSync(file!.docx!)['word/styles.xml']!);
    expect(styles).toMatch(/w:styleId="GramotaHeading".*?<w:outlineLvl w:val="1"\/>/s);
  });
});
