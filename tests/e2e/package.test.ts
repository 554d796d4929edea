import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedDocument, generate } from '../../src/generate.js';

/** End to end: the Chita package (seed 004) — two orders, their appendices, the regulation, the combined PDF. */
const root = resolve(import.meta.dirname, '../..');
const plan = readFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), 'utf8');

const part = (bytes: Uint8Array, name: string) =>
  strFromU8(unzipSync(bytes, { filter: (f) => f.name === name })[name]!);
async function pages(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  // A word hyphenated at a line end is whole again, as a reader's search finds it (U+00AD in the text layer).
  return (text as string[]).map((t) => t.replace(/\u00AD\s*/g, '').replace(/\s+/g, ' '));
}

describe('Chita mentoring package', () => {
  let files: GeneratedDocument[];
  const file = (id: string) => files.find((f) => f.id === id)!;
  beforeAll(async () => {
    files = await generate(plan, { file: 'plan.yaml', createdAt: new Date('2020-10-01T00:00:00Z') });
  });

  it('writes every document and one combined PDF, the package as PDF only', () => {
    expect(files.map((f) => [f.id, f.kind, Boolean(f.docx), Boolean(f.pdf)])).toEqual([
      ['order-roadmap', 'document', true, true],
      ['mentoring-roadmap', 'document', true, true],
      ['order-working-group', 'document', true, true],
      ['working-group', 'document', true, true],
      ['mentoring-regulation', 'document', true, true],
      ['package', 'package', false, true],
    ]);
  });

  it('DOCX order: portrait order, then its landscape appendix with its stamp, each numbered from its second page', () => {
    const xml = part(file('order-roadmap').docx!, 'word/document.xml');
    const sizes = xml.match(/<w:pgSz [^>]*\/>/g);
    expect(sizes).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
    expect(xml.match(/<w:titlePg\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
    expect(xml).toContain('УТВЕРЖДЕНА'); // approved by this order: cited once, by the stamp
    expect(xml).not.toContain('>Приложение');
  });

  it('DOCX: clauses are real multi-level Word numbering (1., 1.1.) with the number inline', () => {
    const numbering = part(file('order-roadmap').docx!, 'word/numbering.xml');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2."/>');
    expect(numbering).toContain('<w:suff w:val="space"/>');
    const xml = part(file('mentoring-regulation').docx!, 'word/document.xml');
    expect((xml.match(/<w:ilvl w:val="1"\/>/g) ?? []).length).toBeGreaterThan(10);
  });

  it('PDF order: clauses numbered, the approved roadmap in the accusative with its appendix number', async () => {
    const text = (await pages(file('order-roadmap').pdf!)).join(' ');
    expect(text).toContain('ПРИКАЗЫВАЮ:');
    // Without spaces: a word hyphenated at a line end comes out of the text layer as two lines.
    const squashed = text.replace(/\s+/g, '');
    expect(squashed).toContain(
      '1.Утвердитьдорожнуюкартуреализациицелевойпрограммынаставничества(приложение).',
    );
    expect(squashed).toMatch(
      /2\.Назначитьответственным.*заместителядиректорапоучебно-методическойработеСпиридоновуА\.В\./,
    );
    expect(text).toMatch(/4\.1\. /);
    expect(text).toContain('Контроль за исполнением настоящего приказа оставляю за собой.');
    expect(text).toMatch(/Директор Г\.В\. Алейкина/);
  });

  it('PDF regulation: ПОЛОЖЕНИЕ, ПРИНЯТО and УТВЕРЖДЕНО with the order’s date and number (no second citation), clauses 1.1. and 1.3.1.', async () => {
    const [first] = await pages(file('mentoring-regulation').pdf!);
    expect(first).not.toContain('Приложение 2');
    expect(first).toContain('ПРИНЯТО');
    expect(first).toMatch(/УТВЕРЖДЕНО приказом ГАПОУ «ЧПК» от 01\.10\.2020 № 46-о/);
    expect(first).toMatch(/ПОЛОЖЕНИЕ о наставничестве/);
    expect(first).toMatch(/1\. Общие положения 1\.1\. /);
    expect(first).toMatch(/1\.3\.1\. /);
  });

  it('combined PDF: every document in plan order, page numbers restarting with each', async () => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file('package').pdf!)), {
      mergePages: false,
    });
    // The page number is the last line of a page's text; a document's first page has none.
    const numbers = (text as string[])
      .map((t) => /\n(\d+)\s*$/.exec(t)?.[1] ?? null)
      .map((n) => (n === null ? 1 : Number(n)));
    numbers.forEach((n, i) => {
      if (n !== 1) expect(n, `page ${i + 1}`).toBe(numbers[i - 1]! + 1);
    });
    // two orders, their three appendices and the regulation's acquaintance sheet: six sections, each from 1
    expect(numbers.filter((n) => n === 1)).toHaveLength(6);
    const all = (text as string[]).map((t) => t.replace(/\s+/g, ' '));
    const order = all.findIndex((p) => p.includes('№ 45-о') && p.includes('ПРИКАЗЫВАЮ'));
    const regulation = all.findIndex((p) => p.includes('ПОЛОЖЕНИЕ'));
    expect(order).toBe(0);
    expect(regulation).toBeGreaterThan(order);
    const sheet = all.findIndex((p) => p.includes('ЛИСТ ОЗНАКОМЛЕНИЯ с Положением о наставничестве'));
    expect(sheet).toBe(all.length - 1);
  });

  it('PDF orders: the visas under the signature; the regulation ends with its acquaintance sheet', async () => {
    const [order] = await pages(file('order-roadmap').pdf!);
    expect(order).toMatch(
      /Директор Г\.В\. Алейкина Согласовано: Заместитель директора по учебно- ?методической работе ____________ А\.В\. Спиридонова 30\.09\.2020/,
    );
    const group = (await pages(file('order-working-group').pdf!)).join(' ');
    expect(group).toMatch(/Методист ____________ М\.Б\. Бушина ____\.____\.20___/);
    const regulation = await pages(file('mentoring-regulation').pdf!);
    const sheet = regulation.at(-1)!;
    expect(sheet).toMatch(
      /ЛИСТ ОЗНАКОМЛЕНИЯ с Положением о наставничестве № п\/п Ф\.И\.О\. Должность Дата озна ?комления Подпись 1\. Спиридонова А\.В\. Заместитель директора/,
    );
    // the sheet is a part of its own: its one page carries no number
    expect(sheet).toMatch(/6\. Бакшеева И\.А\. Заведующий кафедрой 7\. 8\. .* 18\.$/);
  });

  it('combined PDF: a bookmark for every document and appendix, page labels as printed', async () => {
    const proxy = await getDocumentProxy(new Uint8Array(file('package').pdf!));
    const outline = await proxy.getOutline();
    expect(outline.map((item) => item.title)).toEqual(
      ['order-roadmap', 'mentoring-roadmap', 'order-working-group', 'working-group', 'mentoring-regulation']
        .map((id) => file(id).title)
        .concat('Лист ознакомления с Положением о наставничестве'), // the sheet's own bookmark
    );
    const { text } = await extractText(proxy, { mergePages: false });
    const printed = (text as string[]).map((t) => /\n(\d+)\s*$/.exec(t)?.[1] ?? '1');
    expect(await proxy.getPageLabels()).toEqual(printed);
  });
});

describe('a document titled like the package', () => {
  it('leaves the package its file name and takes the next one', async () => {
    const source = plan.replace(/(\n {4}title: )[^\n]*/, '$1Пакет документов');
    const built = await generate(source, { file: 'plan.yaml', formats: ['docx'], createdAt: new Date(0) });
    expect(built.filter((f) => f.title === 'Пакет документов').map((f) => [f.kind, f.fileName])).toEqual([
      ['document', 'Paket_dokumentov_2'],
    ]);
    const withPdf = await generate(source, { file: 'plan.yaml', formats: ['pdf'], createdAt: new Date(0) });
    expect(withPdf.find((f) => f.kind === 'package')?.fileName).toBe('Paket_dokumentov');
  });
});
