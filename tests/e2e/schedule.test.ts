import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedDocument, generate } from '../../src/generate.js';

/** End to end: the calendar plan-graph of the Kolomna plan (data/), its DOCX and PDF opened as a user's tools open them. */
const root = resolve(import.meta.dirname, '../..');
const name = 'kolomna-calendar-plan.yaml';
const months = ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '1', '2', '3', '4', '5', '6', '7', '8'];

/** The DOCX table rows as [first text of the row, indices of the shaded month cells]. */
function shadedRows(documentXml: string): [string, number[]][] {
  const rows = documentXml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
  return rows.map((row) => {
    const cells = row.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
    const texts = cells.map((c) => [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    const months = cells.slice(-18).flatMap((c, i) => (c.includes('<w:shd ') ? [i] : []));
    return [(texts[1] ?? '').replace(/\u00A0/g, ' '), months];
  });
}

describe('Kolomna calendar plan-graph (type: schedule)', () => {
  let doc: GeneratedDocument;
  let pages: string[];
  let xml: string;
  beforeAll(async () => {
    const all = await generate(readFileSync(join(root, 'data', name), 'utf8'), {
      file: name,
      createdAt: new Date('2020-10-01T00:00:00Z'),
    });
    doc = all.find((d) => d.id === 'calendar-graph')!;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(doc.pdf!)), {
      mergePages: false,
    });
    pages = (text as string[]).map((t) => t.replace(/\u00AD\s*/g, ''));
    const part = 'word/document.xml';
    xml = strFromU8(unzipSync(doc.docx!, { filter: (f) => f.name === part })[part]!);
  });

  it('DOCX: landscape, two header rows repeated, months March 2018 – August 2019 under their years', () => {
    expect(xml).toContain('w:orient="landscape"');
    const rows = xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
    expect(rows.map((r) => r.includes('<w:tblHeader/>')).slice(0, 3)).toEqual([true, true, false]);
    expect(rows[0]).toMatch(/<w:gridSpan w:val="10"\/>.*2018.*<w:gridSpan w:val="8"\/>.*2019/s);
    const labels = (rows[1]!.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, ''));
    expect(labels).toEqual(months);
  });

  it('DOCX: each activity’s term is shaded — one month, a span, a span across the new year', () => {
    const shaded = new Map(shadedRows(xml));
    expect(shaded.get('Создание рабочей группы')).toEqual([0]); // март 2018 г.
    expect(shaded.get('Создание Интернет-площадки проекта')).toEqual([1, 2, 3, 4, 5, 6]); // апрель – сентябрь
    expect(shaded.get('Проведение семинаров-консультаций для участников реализации проекта')).toEqual([
      6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ]); // сентябрь 2018 г. – август 2019 г.
    expect(shaded.get('Реализация проекта')).toEqual([]); // a heading item without a term
    // A stage row, named as the calendar plan names it (stage_word: false): its own term, август 2019 г.
    expect(shaded.get('Завершающий')).toEqual([17]);
  });

  it('PDF: no stage row is left alone at the foot of a page — each shares its page with its first activity', () => {
    const firstActivity: Record<string, string> = {
      'Аналитико-концептуальный': 'Создание рабочей группы',
      'Организационно-подготовительный': 'Разработка ресурсного пакета проекта',
      Внедренческий: 'Реализация проекта',
      'Рефлексивно-аналитический': 'Самоаудит работы по проекту',
      Завершающий: 'Отчет о деятельности по проекту',
    };
    for (const [stage, activity] of Object.entries(firstActivity)) {
      const page = pages.find((p) => p.includes(stage));
      expect(page?.replace(/\s+/g, ' '), stage).toContain(activity);
    }
  });

  it('PDF: two pages, the header repeated on the second, every activity and the legend there', () => {
    expect(pages).toHaveLength(2);
    for (const page of pages)
      expect(page).toMatch(/Наименование мероприятия[\s\S]*2018\s*г\.[\s\S]*2019\s*г\./);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Календарный план-график реализации проекта');
    for (const activity of [
      'Создание рабочей группы',
      'Реализация практико-ориентированных стажировок',
      'Отчет о деятельности по проекту',
    ])
      expect(all).toContain(activity);
    expect(all).toContain(
      'Закрашены месяцы, на которые приходятся сроки: тёмным – этапов, светлым – мероприятий.',
    );
  });
});
