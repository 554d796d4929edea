import { extractText, extractTextItems, getDocumentProxy, type StructuredTextItem } from 'unpdf';
import { vi } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import {
  type Block,
  type DocumentModel,
  documentSchema,
  type Section,
  type StyleName,
} from '../../../src/model/schema.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { platform } from '../../../src/platform/index.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';

/** Small builders for hand-made document models; every model is validated by the real schema. */

export type Orientation = Section['orientation'];

export function para(value: string, style: StyleName = 'body', extra: Record<string, unknown> = {}): Block {
  return {
    type: 'paragraph',
    style,
    children: value === '' ? [] : [{ type: 'text', value }],
    ...extra,
  } as Block;
}

export function cell(value: string, extra: Record<string, unknown> = {}) {
  return { children: [para(value, 'tableText')], ...extra };
}

export function makeSection(children: readonly unknown[], extra: Partial<Section> = {}): Section {
  return {
    type: 'section',
    orientation: 'portrait',
    pageNumbers: 'fromSecond',
    children,
    ...extra,
  } as Section;
}

export function makeDocument(sections: readonly Section[]): DocumentModel {
  return documentSchema.parse({
    type: 'document',
    meta: { title: 'Дорожная карта', author: 'МБОУ «Школа № 1»', createdAt: '2024-09-01T08:30:00Z' },
    sections,
  });
}

/** A table with a header row, a column-number row and `count` numbered body rows. */
export function makeTable(count: number, extra: { rows?: unknown[] } = {}): Block {
  const header = {
    header: true,
    cells: ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'].map((v) => headCell(v)),
  };
  const numbers = { header: true, cells: ['1', '2', '3', '4'].map((v) => headCell(v)) };
  const body = Array.from({ length: count }, (_, i) => ({
    cells: [
      cell(`${i + 1}.`),
      cell(`Мероприятие ${i + 1}`),
      cell('сентябрь 2024 г.'),
      cell(`Исполнитель ${i + 1}`),
    ],
  }));
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 15 }, { fr: 3 }, { mm: 40 }, { fr: 2 }],
    rows: [header, numbers, ...(extra.rows ?? body)],
  } as Block;
}

function headCell(value: string) {
  return { children: [para(value, 'tableHead')], valign: 'center' };
}

export type PageItem = StructuredTextItem;

/** Every page's text (unpdf's extractText), and its text items sorted top to bottom, then left to right. */
export async function readPdf(bytes: Uint8Array): Promise<{ texts: string[]; items: PageItem[][] }> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  const { items } = await extractTextItems(await getDocumentProxy(new Uint8Array(bytes)));
  const sorted = items.map((page) =>
    page.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x),
  );
  return { texts: text, items: sorted };
}

/** A minimal PDF laid out as pdfkit writes one, with objects no page reaches (a destination, a string). */
export function makePdfkitPart(): Uint8Array {
  const objects = [
    '<<\n/Type /Pages\n/Count 1\n/Kids [4 0 R]\n>>\n',
    '<<\n/Type /Catalog\n/Pages 1 0 R\n/Names 3 0 R\n>>\n',
    '<<\n/Dests <<\n/Names [(a) [4 0 R /XYZ 0 0 null]]\n>>\n>>\n',
    '<<\n/Type /Page\n/Parent 1 0 R\n/MediaBox [0 0 595.28 841.89]\n/Contents 5 0 R\n>>\n',
    '<<\n/Length 0\n>>\nstream\n\nendstream\n',
    '(unused)\n',
  ];
  let text = '%PDF-1.3\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}endobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<<\n/Size ${objects.length + 1}\n/Root 2 0 R\n/Info 6 0 R\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/**
 * A definition's nodes without the soft hyphens of Russian hyphenation (language/hyphenation.ts, tested on its own),
 * for tests of how the model maps to pdfmake nodes. Functions (page headers) are kept as they are.
 */
export function withoutSoftHyphens<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u00AD', '') as T;
  if (Array.isArray(value)) return value.map(withoutSoftHyphens) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutSoftHyphens(v)])) as T;
}

type Prototype<K extends string> = { default: { prototype: Record<K, (...args: unknown[]) => unknown> } };

/**
 * Counts pdfmake's layouts of a document (LayoutBuilder.layoutDocument), calling `before` as each one begins;
 * undone by vi.restoreAllMocks().
 */
export function spyOnLayouts(before?: () => void) {
  getPdfMake(); // patched first, as the renderer finds it
  const { prototype } = platform.loadModule<Prototype<'layoutDocument'>>(
    'pdfmake/js/LayoutBuilder.js',
  ).default;
  const layoutDocument = prototype.layoutDocument;
  const spy = vi.spyOn(prototype, 'layoutDocument');
  if (before)
    spy.mockImplementation(function (this: unknown, ...args: unknown[]) {
      before();
      return layoutDocument.apply(this, args);
    });
  return spy;
}

/** Counts the drawings of laid-out pages into a PDF (pdfmake's Renderer.renderPages). */
export function spyOnDrawings() {
  getPdfMake();
  const { prototype } = platform.loadModule<Prototype<'renderPages'>>('pdfmake/js/Renderer.js').default;
  return vi.spyOn(prototype, 'renderPages');
}

/** A programme whose second heading comes after `lines` one-line paragraphs: near a page's end for some of them. */
export function makeProgramme(lines: number): DocumentModel {
  const filler = Array.from({ length: lines }, () => '      - paragraph: Абзац текста программы.').join('\n');
  const source = `organization: { name: Колледж }
documents:
  - type: document
    title: Программа
    contents: true
    body:
      - heading: Раздел первый
${filler}
      - heading: Раздел второй
      - paragraph: ${'Длинный абзац после заголовка раздела, который не помещается на странице. '.repeat(12)}
`;
  return buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[0]!.model;
}
