import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { readPdf } from '../../render/pdf/fixtures.js';

const surnames = [
  'Абрамова',
  'Борисов',
  'Васильева',
  'Григорьев',
  'Дмитриева',
  'Егоров',
  'Жукова',
  'Зайцев',
  'Иванова',
  'Козлов',
  'Лебедева',
  'Морозов',
  'Никитина',
  'Орлов',
];

/**
 * An order of `clauses` clauses whose acquaintance list names `count` people (the order ends near a page foot); a
 * one-line preamble moves the list a line down.
 */
const orderOf = (clauses: number, count: number, preamble = false) => `
organization: { name: МБОУ «Школа № 5», city: Омск, head: d }
people:
  d: { name: Кох Любовь Ильинична, position: Директор }
  g: { name: Гуляй Никита Ильич, position: Заместитель директора по учебно-воспитательной работе }
${surnames
  .slice(0, count)
  .map((s, i) => `  p${i}: { name: ${s} Анна Петровна, position: Учитель }`)
  .join('\n')}
documents:
  - type: order
    number: 1
    date: 01.09.2025
    title: О мерах по реализации проекта
${preamble ? '    preamble: В целях реализации проекта' : ''}
    clauses:
${Array.from({ length: clauses }, (_, i) => `      - Обеспечить выполнение мероприятия номер ${i + 1} в установленные сроки${i % 3 === 0 ? ' и с надлежащим качеством' : ''}`).join('\n')}
    control: g
    acquainted: [${surnames.slice(0, count).map((_, i) => `p${i}`)}]
`;

/** How many names of the list each page of the order's PDF shows, and the page of the heading. */
async function layOut(clauses: number, count: number, preamble = false) {
  const [order] = await generate(orderOf(clauses, count, preamble), {
    createdAt: new Date(0),
    formats: ['pdf'],
  });
  const { texts } = await readPdf(order!.pdf!);
  return {
    names: texts.map((page) => surnames.slice(0, count).filter((s) => page.includes(`А.П. ${s}`)).length),
    heading: texts.findIndex((page) => page.includes('ознакомлены:')),
  };
}

describe('the acquaintance list of an order', () => {
  it('moves a short list whole with its heading to the next page of the PDF, as a clerk does', async () => {
    const moved: number[] = [];
    // 14 to 16 clauses put the foot of the page inside the list (5/1, 4/2 and 2/4 names before).
    for (let clauses = 13; clauses <= 17; clauses++) {
      const { names, heading } = await layOut(clauses, 6);
      expect(names[heading], `${clauses} clauses: ${names.join('/')}`).toBe(6);
      if (heading > 0) moved.push(clauses);
    }
    expect(moved).toEqual([14, 15, 16, 17]);
  }, 60_000);

  it('lets a long list break, never leaving the heading or one name alone on a page', async () => {
    const splits: string[] = [];
    // With the preamble, 9 clauses left the last name alone on the next page (13/1) before.
    for (const preamble of [false, true]) {
      for (let clauses = 9; clauses <= 16; clauses++) {
        const { names, heading } = await layOut(clauses, 14, preamble);
        const shown = names.filter((n) => n > 0);
        const what = `${clauses} clauses${preamble ? ' and a preamble' : ''}: ${names.join('/')}`;
        expect(names[heading], what).toBeGreaterThanOrEqual(2);
        expect(Math.min(...shown), what).toBeGreaterThanOrEqual(2);
        if (shown.length > 1) splits.push(shown.join('/'));
      }
    }
    // The list does break: at the foot of a page, two names (not one) stay with the heading, two go over (not one).
    expect(splits).toContain('2/12');
    expect(splits).toContain('12/2');
  }, 60_000);

  it('marks the rows of a short list to keep with the next in the DOCX, and of a long one only the first and the last but one', async () => {
    const keptRows = async (count: number) => {
      const [order] = await generate(orderOf(3, count), { createdAt: new Date(0), formats: ['docx'] });
      const xml = strFromU8(unzipSync(order!.docx!)['word/document.xml']!);
      const table = xml.slice(xml.indexOf('ознакомлены:'));
      return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].flatMap((row, i) =>
        row[0].includes('<w:keepNext/>') ? [i] : [],
      );
    };
    expect(await keptRows(12)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await keptRows(13)).toEqual([0, 11]);
    expect(await keptRows(1)).toEqual([]);
  });
});
