import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { readPdf } from '../../render/pdf/fixtures.js';

/** An order of `count` clauses and a control clause, which a clerk never leaves behind its signature. */
const orderOf = (count: number) => `
organization: { name: МБОУ «Школа № 5», city: Омск, head: d }
people:
  d: { name: Кох Любовь Ильинична, position: Директор }
  g: { name: Гуляй Никита Ильич, position: Заместитель директора по учебно-воспитательной работе }
documents:
  - type: order
    number: 1
    date: 01.09.2025
    title: О мерах по реализации проекта
    clauses:
${Array.from({ length: count }, (_, i) => `      - Обеспечить выполнение мероприятия номер ${i + 1} в установленные сроки${i % 3 === 0 ? ' и с надлежащим качеством' : ''}`).join('\n')}
    control: g
`;

describe('the signature of an order', () => {
  it('never stands alone on a page of the PDF: the control clause goes over with it', async () => {
    let broken = 0;
    for (let count = 15; count <= 23; count++) {
      const [order] = await generate(orderOf(count), { createdAt: new Date(0) });
      const { texts } = await readPdf(order!.pdf!);
      if (texts.length > 1) broken += 1;
      const signed = texts.findIndex((page) => page.includes('Л.И. Кох'));
      expect(texts[signed], `${count} clauses`).toMatch(/Контроль за\s+исполнением настоящего приказа/);
    }
    // Some of these orders do break onto a second page, where the signature went alone before.
    expect(broken).toBeGreaterThan(2);
  });

  it('marks the control clause to keep with the signature in the DOCX', async () => {
    const [order] = await generate(orderOf(3), { createdAt: new Date(0), formats: ['docx'] });
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(order!.docx!)['word/document.xml']!);
    const control = xml.split('</w:p>').find((p) => p.includes('Гуляя'))!;
    expect(control).toContain('<w:keepNext/>');
  });
});
