import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { importGenerated, writeParagraph, writeTable, writeTitleParagraph } from './_generated-docx.js';

const roadmap = () =>
  writeTable([
    ['№ п/п', 'Мероприятие', 'Сроки'],
    ['1.', 'Проведение анализа цифровой образовательной среды', 'январь 2025 г.'],
  ]);

describe('import of a title set as several paragraphs', () => {
  it('takes «Дорожная карта» and «по внедрению …» under it as one title of two lines', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTitleParagraph('Дорожная карта'),
      writeTitleParagraph('по внедрению цифровой образовательной среды в МАОУ «Гимназия № 4»'),
      writeTitleParagraph('на 2025–2026 годы'),
      roadmap(),
    ]);
    const [doc] = plan.documents;
    expect(doc).toMatchObject({
      type: 'roadmap',
      title:
        'Дорожная карта\nпо внедрению цифровой образовательной среды в МАОУ «Гимназия № 4»\nна 2025–2026 годы',
    });
    expect(doc).not.toHaveProperty('intro');
    expect(yaml).toContain('    title: |-\n      Дорожная карта\n      по внедрению');
    expect(text.slice(0, 3)).toEqual([
      'Дорожная карта по внедрению цифровой образовательной среды в МАОУ «Гимназия № 4» на 2025–2026 годы',
      '№ п/п | Мероприятие | Сроки',
      '1. | Проведение анализа цифровой образовательной среды | январь 2025 г.',
    ]);
  });

  it('keeps a heading under the title that opens with a capital, and a plain paragraph', async () => {
    const { plan } = await importGenerated([
      writeTitleParagraph('Дорожная карта внедрения целевой модели наставничества'),
      writeTitleParagraph('Цели и задачи'),
      writeParagraph('по плану Министерства'),
      roadmap(),
    ]);
    expect(plan.documents[0]).toMatchObject({
      title: 'Дорожная карта внедрения целевой модели наставничества',
      intro: [{ heading: 'Цели и задачи' }, { paragraph: 'по плану Министерства' }],
    });
  });

  it('joins title lines centred by their paragraph style (LibreOffice’s «Text Body.c» of an HTML page)', async () => {
    const styled = (text: string) =>
      new Paragraph({ style: 'TextBodyc', children: [new TextRun({ text, bold: true })] });
    const doc = new Document({
      styles: {
        paragraphStyles: [
          { id: 'TextBodyc', name: 'Text Body.c', paragraph: { alignment: AlignmentType.CENTER } },
        ],
      },
      sections: [
        {
          children: [
            styled('План мероприятий («дорожная карта»)'),
            styled('по реализации инновационного проекта «Цифровой наставник»'),
            styled('на 2025–2026 учебный год'),
            roadmap(),
          ],
        },
      ],
    });
    const { yaml } = importDocx(new Uint8Array(await Packer.toBuffer(doc)), 'roadmap.docx');
    const [read] = parsePlan(yaml, 'plan.yaml').documents;
    expect(read).toMatchObject({
      type: 'roadmap',
      title:
        'План мероприятий («дорожная карта»)\nпо реализации инновационного проекта «Цифровой наставник»\nна 2025–2026 учебный год',
    });
    expect(read).not.toHaveProperty('intro');
  });

  it('joins a line that is the project’s name in quotes: «ПОЛОЖЕНИЕ» ⏎ «о рабочей группе по …» ⏎ «Цифровая …»', async () => {
    // Trial 10: the third line, opening with «, became a section of the regulation with an empty clause, and check
    // asked her to write the clause's text.
    const { plan } = await importGenerated([
      writeTitleParagraph('ПОЛОЖЕНИЕ'),
      writeTitleParagraph('о рабочей группе по реализации проекта'),
      writeTitleParagraph('«Цифровая образовательная среда колледжа»'),
      writeTitleParagraph('1. Общие положения'),
      writeParagraph('1.1. Рабочая группа создаётся приказом директора колледжа.'),
    ]);
    expect(plan.documents[0]).toMatchObject({
      type: 'regulation',
      title: 'Положение о рабочей группе по реализации проекта «Цифровая образовательная среда колледжа»',
      sections: [
        { title: 'Общие положения', clauses: ['Рабочая группа создаётся приказом директора колледжа.'] },
      ],
    });
  });
});
