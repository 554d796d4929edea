import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type GeneratedDocument, generate } from '../../src/generate.js';

/** End to end: the real DOCX and PDF files of data/ plans, opened as a user's tools would open them. */
const root = resolve(import.meta.dirname, '../..');
const read = (name: string) => readFileSync(join(root, 'data', name), 'utf8');
const createdAt = new Date('2020-10-01T00:00:00Z');

async function build(name: string): Promise<GeneratedDocument> {
  const [doc] = await generate(read(name), { file: name, createdAt });
  return doc!;
}

function docxPart(bytes: Uint8Array, part: string): string {
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === part })[part]!);
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  // A word hyphenated at a line end is whole again, as a reader's search finds it (U+00AD in the text layer).
  return (text as string[]).map((t) => t.replace(/\u00AD\s*/g, ''));
}

/** Texts of a plan's items, recursively, as the user wrote them (before typography). */
function activities(items: { activity?: unknown; items?: unknown[] }[]): string[] {
  return items.flatMap((i) => [
    ...(typeof i.activity === 'string' ? [i.activity] : []),
    ...activities((i.items ?? []) as never[]),
  ]);
}

/** Compares texts loosely: typography changes quotes, dashes and spaces, and PDF lines break inside them. */
const squash = (s: string) => s.replace(/[\s\u00A0«»"„“–—-]+/g, '');

describe('Chita mentoring roadmap (seed 004)', () => {
  let doc: GeneratedDocument;
  let pages: string[];
  beforeAll(async () => {
    doc = await build('chita-mentoring-roadmap.yaml');
    pages = await pdfPages(doc.pdf!);
  });

  it('PDF: every activity is there, with the stamp on page 1', () => {
    // A tall row may break across pages: each page's number and repeated header are left out, and the rows join up.
    const table = doc.model.sections[0]!.children.find((b) => b.type === 'table' && b.borders === 'grid');
    const header = squash(
      JSON.stringify(table?.type === 'table' ? table.rows.filter((r) => r.header) : [])
        .match(/"value":"(?:[^"\\]|\\.)*"/g)
        ?.map((v) => JSON.parse(v.slice(8)) as string)
        .join('') ?? '',
    );
    const all = pages
      .map((page, i) => (i === 0 ? squash(page) : squash(page).replace(/^\d+/, '').replace(header, '')))
      .join('');
    const plan = parse(read('chita-mentoring-roadmap.yaml'));
    // A row split by a page has each cell's first lines on one page and the rest on the next, so an activity is
    // checked word by word; a word hyphenated over the page break is found as its two parts.
    const present = (word: string) =>
      all.includes(word) ||
      [...word].some(
        (_, k) =>
          k >= 2 && k <= word.length - 2 && all.includes(word.slice(0, k)) && all.includes(word.slice(k)),
      );
    for (const activity of activities(plan.documents[0].items))
      for (const word of activity.split(/\s+/).map(squash).filter(Boolean))
        expect(present(word), word).toBe(true);
    expect(pages[0]).toContain('УТВЕРЖДАЮ');
    expect(pages[0]).toMatch(/Директор ГАПОУ «ЧПК»/);
    expect(pages[0]).toMatch(/Г\.В\.\s*Алейкина/);
    expect(pages[0]).toContain('01.10.2020');
    expect(pages.join('')).toContain('4.4.1');
  });

  it('PDF: page numbers from page 2, the header row repeated on every page', () => {
    expect(pages.length).toBeGreaterThan(3);
    const numberLine = (n: number) => new RegExp(`(^|\\n)\\s*${n}\\s*(\\n|$)`);
    expect(pages[0]).not.toMatch(numberLine(1));
    pages.slice(1).forEach((page, i) => {
      expect(page).toMatch(numberLine(i + 2));
      expect(page).toContain('Мероприятия');
      expect(page).toContain('Ключевой результат');
    });
  });

  it('DOCX: landscape A4, GOST margins, page numbers from page 2', () => {
    const xml = docxPart(doc.docx!, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).toContain('<w:titlePg/>');
    const header = Object.keys(unzipSync(doc.docx!)).filter((f) => /word\/header\d+\.xml/.test(f));
    expect(header.some((f) => docxPart(doc.docx!, f).includes('PAGE'))).toBe(true);
  });

  it('DOCX: real Word styles with Russian names, Times New Roman, a repeated header row', () => {
    const styles = docxPart(doc.docx!, 'word/styles.xml');
    for (const name of ['Текст таблицы', 'Шапка таблицы', 'Гриф утверждения', 'Заголовок документа']) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(styles).toContain('w:ascii="Times New Roman"');
    const xml = docxPart(doc.docx!, 'word/document.xml');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('w:val="GramotaTableText"');
  });
});

describe('Kolomna roadmap section (seed 002: 4.1, 4.2, 4.3)', () => {
  let doc: GeneratedDocument;
  beforeAll(async () => {
    doc = await build('kolomna-calendar-plan.yaml');
  });

  it('DOCX: the stage and its number are merged down over the items (vMerge), header rows repeat', () => {
    const xml = docxPart(doc.docx!, 'word/document.xml');
    const restarts = xml.match(/<w:vMerge w:val="restart"\/>/g) ?? [];
    // № and «Этап» of the three stages with more than one row («Внедренческий» lies on one page).
    expect(restarts.length).toBe(2 * 3);
    expect((xml.match(/<w:vMerge(?: w:val="continue")?\/>/g) ?? []).length).toBeGreaterThan(restarts.length);
    // 4.1 and 4.2 repeat their header row; the 4.3 calendar plan its header and its column-number row.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1 + 1 + 2);
  });

  it('PDF: the column-number row and every stage are there', async () => {
    const pages = await pdfPages(doc.pdf!);
    const all = pages.join('\n');
    for (const stage of [
      'Аналитико-концептуальный',
      'Организационно-подготовительный',
      'Внедренческий',
      'Рефлексивно-аналитический',
      'Завершающий',
    ]) {
      expect(squash(all)).toContain(squash(stage));
    }
    expect(all).toMatch(/1\s+2\s+3\s+4\s+5/);
  });
});

describe('Chapaevsk roadmap (seed 000)', () => {
  it('PDF has all 26 rows and 7 columns', async () => {
    const doc = await build('chapaevsk-roadmap.yaml');
    const text = (await pdfPages(doc.pdf!)).join('\n');
    for (let n = 1; n <= 26; n++) expect(text).toContain(`${n}.`);
    expect(
      doc.model.sections[0]!.children.find((b) => b.type === 'table' && b.borders === 'grid'),
    ).toMatchObject({
      widths: { length: 7 },
    });
  });
});
