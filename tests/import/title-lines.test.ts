import { describe, expect, it } from 'vitest';
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
});
