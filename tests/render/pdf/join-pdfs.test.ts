import { getDocumentProxy, getMeta } from 'unpdf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPdfRenderer, renderPdf } from '../../../src/render/pdf/index.js';
import { joinPdfs } from '../../../src/render/pdf/join-pdfs.js';
import {
  makeDocument,
  makePdfkitPart,
  makeSection,
  makeTable,
  para,
  readPdf,
  spyOnLayouts,
} from './fixtures.js';

const info = {
  title: 'Пакет документов',
  author: 'МБОУ «Школа № 1»',
  creator: 'gramota',
  producer: 'gramota',
  creationDate: new Date('2024-09-01T08:30:00Z'),
};

/** A section of `pages` pages whose every paragraph names the section, so pages can be told apart. */
function makeLongSection(
  name: string,
  paragraphs: number,
  orientation: 'portrait' | 'landscape' = 'portrait',
) {
  return makeSection(
    Array.from({ length: paragraphs }, (_, i) => para(`${name}, абзац ${i + 1} основного текста документа.`)),
    { orientation },
  );
}

/** The raw file as latin1 text, to check its structure the way a strict reader does. */
function toText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('joinPdfs', () => {
  it('puts the pages of every part in order, each page as it was in its part', async () => {
    const doc = makeDocument([makeLongSection('Приказ', 60), makeLongSection('Приложение', 3, 'landscape')]);
    const [order, appendix] = doc.sections.map((s) => ({ ...doc, sections: [s] }));
    const parts = [await renderPdf(order!), await renderPdf(appendix!)];
    const joined = await readPdf(joinPdfs(parts, info));
    const separate = await Promise.all(parts.map(readPdf));
    expect(joined.texts).toEqual(separate.flatMap((p) => p.texts));
    expect(joined.texts.length).toBeGreaterThanOrEqual(3);
    const proxy = await getDocumentProxy(joinPdfs(parts, info));
    const last = await proxy.getPage(proxy.numPages);
    expect(last.view.slice(2).map(Math.round)).toEqual([842, 595]);
  });

  it('writes the document information it is given', async () => {
    const part = await renderPdf(makeDocument([makeLongSection('Положение', 2)]));
    const meta = await getMeta(await getDocumentProxy(joinPdfs([part, part], info)));
    expect(meta.info).toMatchObject({
      Title: 'Пакет документов',
      Author: 'МБОУ «Школа № 1»',
      Creator: 'gramota',
      Producer: 'gramota',
      CreationDate: 'D:20240901083000Z',
    });
  });

  it('writes a cross-reference table whose every offset is the start of its object', async () => {
    const part = await renderPdf(makeDocument([makeSection([para('Текст'), makeTable(3)])]));
    const text = toText(joinPdfs([part, part, part], info));
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    const entries = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(text.startsWith('xref\n0 ', xrefAt)).toBe(true);
    expect(entries.length).toBeGreaterThan(10);
    entries.forEach((offset, i) => {
      expect(text.startsWith(`${i + 1} 0 obj\n`, offset)).toBe(true);
    });
    expect(text).toMatch(new RegExp(`/Size ${entries.length + 1}\\n`));
  });

  it('gives the font subsets of each part names of their own', async () => {
    const part = await renderPdf(makeDocument([makeSection([para('Текст'), para('Заголовок', 'title')])]));
    const names = [
      ...toText(joinPdfs([part, part, part], info)).matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g),
    ];
    const fonts = new Set(names.map((m) => m[1]));
    // Two fonts (regular, bold) per part; each named in its Type0 and its CIDFontType2 dictionary.
    expect(fonts.size).toBe(6);
    expect(names.length).toBe(12);
  });

  it('leaves out what no page refers to: the parts’ catalogs, page trees, information and destinations', () => {
    const text = toText(joinPdfs([makePdfkitPart(), makePdfkitPart()], info));
    expect(text.match(/\/Type \/Catalog/g)).toHaveLength(1);
    expect(text.match(/\/Type \/Pages\b/g)).toHaveLength(1);
    expect(text).not.toContain('/Dests');
    expect(text).not.toContain('(unused)');
  });
});

describe('createPdfRenderer', () => {
  it('lays out a section shared by several documents once', async () => {
    const layoutDocument = spyOnLayouts();
    const order = makeDocument([makeLongSection('Приказ', 3), makeLongSection('Приложение', 3, 'landscape')]);
    const appendix = { ...order, sections: [order.sections[1]!] };
    const pack = {
      ...order,
      meta: { ...order.meta, title: 'Пакет документов' },
      sections: [...order.sections],
    };
    const render = createPdfRenderer();
    const [orderPdf, appendixPdf, packPdf] = await Promise.all([order, appendix, pack].map(render));
    expect(layoutDocument).toHaveBeenCalledTimes(2);
    const texts = await Promise.all(
      [orderPdf!, appendixPdf!, packPdf!].map(async (b) => (await readPdf(b)).texts),
    );
    expect(texts[2]).toEqual(texts[0]);
    expect(texts[0]?.slice(-texts[1]!.length)).toEqual(texts[1]);
    const titles = await Promise.all(
      [appendixPdf!, packPdf!].map(async (b) => (await getMeta(await getDocumentProxy(b))).info.Title),
    );
    expect(titles).toEqual(['Дорожная карта', 'Пакет документов']);
  });
});

describe('joinPdfs: PDF/A-2b and navigation', () => {
  const titled = { ...info, title: 'Положение о\u00a0наставничестве & <сети>' };

  it('writes XMP with the PDF/A-2b identification, the language and the information’s title and dates', async () => {
    const part = await renderPdf(makeDocument([makeLongSection('Положение', 2)]));
    const proxy = await getDocumentProxy(joinPdfs([part, part], titled));
    const { info: dictionary, metadata } = await proxy.getMetadata();
    expect(dictionary).toMatchObject({
      Title: 'Положение о наставничестве & <сети>',
      Language: 'ru-RU',
      CreationDate: 'D:20240901083000Z',
      ModDate: 'D:20240901083000Z',
    });
    expect(metadata?.get('pdfaid:part')).toBe('2');
    expect(metadata?.get('pdfaid:conformance')).toBe('B');
    expect(metadata?.get('dc:title')).toBe('Положение о наставничестве & <сети>');
    expect(metadata?.get('dc:creator')).toEqual(['МБОУ «Школа № 1»']);
    expect(metadata?.get('dc:language')).toBe('ru-RU');
    expect(metadata?.get('xmp:createdate')).toBe('2024-09-01T08:30:00Z');
    expect(metadata?.get('xmp:modifydate')).toBe('2024-09-01T08:30:00Z');
  });

  it('carries the parts’ sRGB output intent once, in a PDF 1.7 file', async () => {
    const part = await renderPdf(makeDocument([makeLongSection('Положение', 2)]));
    const text = toText(joinPdfs([part, part, part], info));
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text.match(/\/Type \/OutputIntent\b/g)).toHaveLength(1);
    expect(text).toMatch(/\/S \/GTS_PDFA1/);
    expect(text).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(text.match(/\/DestOutputProfile \d+ 0 R/g)).toHaveLength(1);
  });

  it('labels pages with the printed numbers and bookmarks every titled part on its first page', async () => {
    const doc = makeDocument([makeLongSection('Приказ', 60), makeLongSection('Приложение', 3, 'landscape')]);
    const parts = await Promise.all(doc.sections.map((s) => renderPdf({ ...doc, sections: [s] })));
    const proxy = await getDocumentProxy(joinPdfs(parts, info, ['Приказ о\u00a0сети', 'Состав группы']));
    const firstOfAppendix = (await getDocumentProxy(parts[0]!)).numPages;
    const labels = await proxy.getPageLabels();
    expect(labels).toEqual([...Array.from({ length: firstOfAppendix }, (_, i) => String(i + 1)), '1']);
    const outline = await proxy.getOutline();
    expect(outline.map((item) => item.title)).toEqual(['Приказ о сети', 'Состав группы']);
    const pages = await Promise.all(
      outline.map(async (item) => proxy.getPageIndex((item.dest as [{ num: number; gen: number }])[0])),
    );
    expect(pages).toEqual([0, firstOfAppendix]);
  });

  it('writes no bookmarks when no part has a title', async () => {
    const part = await renderPdf(makeDocument([makeLongSection('Положение', 2)]));
    const proxy = await getDocumentProxy(joinPdfs([part, part], info));
    expect(await proxy.getOutline()).toBeNull();
    expect(await proxy.getPageLabels()).toEqual(['1', '1']);
  });
});
