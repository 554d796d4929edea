import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { allOf } from '../docx/parts.js';
import { readPdf } from './fixtures.js';

/**
 * A heading or a clause that introduces a list is never the last line of a page: plans whose filler grows line by
 * line move the line in question over a whole page, so one of them would leave it at the bottom without keepNext.
 */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `          - Пункт ${i + 1}.`).join('\n');

function regulation(n: number): string {
  return `organization: { name: Школа № 1, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
documents:
  - type: regulation
    title: Положение о наставничестве
    sections:
      - title: Общие положения
        clauses:
${filler(n)}
      - title: Цели и задачи наставничества
        clauses:
          - text: "Задачи наставничества:"
            list: [адаптация молодых специалистов;, развитие педагогов.]
`;
}

function order(n: number): string {
  return `organization: { name: Школа № 1, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
documents:
  - type: order
    number: "1"
    date: 2024-09-02
    title: О наставничестве
    clauses:
      - text: Провести
        clauses:
${filler(n).replaceAll('          - ', '          - ')}
      - text: Включить в состав рабочей группы
        list: { numbered: [заместителя директора;, педагога-психолога.] }
`;
}

/** The last non-empty line of every page but the last (the page number at the top is not a line of text). */
async function pageEnds(source: string): Promise<string[]> {
  const [file] = await generate(source, { formats: ['pdf'], createdAt: new Date(0) });
  const { texts } = await readPdf(file!.pdf!);
  return texts.slice(0, -1).map((page) => page.trim().split('\n').at(-1)!.replaceAll('\u00a0', ' '));
}

describe('keep with next: headings and clauses that introduce a list (PDF)', () => {
  it('never leaves a regulation’s section heading or a clause ending with «:» at the bottom of a page', {
    timeout: 120_000,
  }, async () => {
    const ends: string[] = [];
    for (let n = 24; n <= 52; n += 1) ends.push(...(await pageEnds(regulation(n))));
    expect(ends.length).toBeGreaterThan(10);
    expect(ends.filter((line) => /Цели и задачи|Задачи наставничества:/.test(line))).toEqual([]);
  });

  it('never leaves an order clause ending with «:» at the bottom of a page', {
    timeout: 120_000,
  }, async () => {
    const ends: string[] = [];
    for (let n = 18; n <= 46; n += 1) ends.push(...(await pageEnds(order(n))));
    expect(ends.length).toBeGreaterThan(10);
    expect(ends.filter((line) => /состав рабочей группы:/.test(line))).toEqual([]);
  });
});

describe('keep with next: the same paragraphs in the DOCX (w:keepNext, Word and LibreOffice keep them)', () => {
  /** The w:p elements of the DOCX whose text contains `text`. */
  async function paragraphsWith(source: string, text: string): Promise<string[]> {
    const [file] = await generate(source, { formats: ['docx'], createdAt: new Date(0) });
    const xml = strFromU8(unzipSync(file!.docx!)['word/document.xml']!);
    return allOf(xml, 'w:p').filter((p) =>
      p
        .replaceAll(/<[^>]+>/g, '')
        .replaceAll('\u00a0', ' ')
        .includes(text),
    );
  }

  it('marks a clause ending with «:» keepNext, in a regulation and in an order; a heading by its style', async () => {
    const [clause] = await paragraphsWith(regulation(3), 'Задачи наставничества:');
    expect(clause).toContain('<w:keepNext/>');
    const [heading] = await paragraphsWith(regulation(3), 'Цели и задачи наставничества');
    expect(heading).toContain('<w:pStyle w:val="GramotaHeading"/>');
    const [orderClause] = await paragraphsWith(order(3), 'Включить в');
    expect(orderClause).toContain('<w:keepNext/>');
    const [plain] = await paragraphsWith(order(3), 'Пункт 1.');
    expect(plain).not.toContain('<w:keepNext/>');
  });
});
