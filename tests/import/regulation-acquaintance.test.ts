import { describe, expect, it } from 'vitest';
import {
  importGenerated,
  writeListParagraph,
  writeNewPageParagraph,
  writeParagraph,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

describe('import of a regulation with «Лист ознакомления» on the next page', () => {
  it('keeps the regulation and makes the sheet its acquaintance', async () => {
    const { plan, text } = await importGenerated([
      writeTitleParagraph('ПОЛОЖЕНИЕ'),
      writeTitleParagraph('о системе наставничества'),
      writeListParagraph('Общие положения', 'clauses'),
      writeListParagraph('Положение определяет порядок наставничества.', 'clauses', 1),
      writeParagraph('2. Права и обязанности наставника'),
      writeParagraph('2.1. Наставник обязан:'),
      writeParagraph('2.1.1. разрабатывать индивидуальный план;'),
      writeParagraph('2.1.2. оказывать методическую помощь.'),
      writeParagraph('2.2. Наставник имеет право:'),
      writeParagraph('• привлекать других специалистов.'),
      writeNewPageParagraph('Лист ознакомления с Положением'),
      writeTable([
        ['№', 'Ф.И.О., должность', 'Дата', 'Подпись'],
        ['1.', 'Андреева Т.М., преподаватель', '', ''],
        ['2.', '', '', ''],
      ]),
    ]);
    expect(plan.documents).toHaveLength(1);
    expect(plan.documents[0]).toMatchObject({
      type: 'regulation',
      title: 'Положение о системе наставничества',
      sections: [
        { title: 'Общие положения', clauses: ['Положение определяет порядок наставничества.'] },
        {
          title: 'Права и обязанности наставника',
          clauses: [
            {
              text: 'Наставник обязан:',
              clauses: ['разрабатывать индивидуальный план;', 'оказывать методическую помощь.'],
            },
            { text: 'Наставник имеет право:', list: ['привлекать других специалистов.'] },
          ],
        },
      ],
      acquaintance: { people: ['andreeva'], blank_rows: 1 },
    });
    expect(plan.people?.andreeva).toEqual({ name: 'Андреева Т.М.', position: 'преподаватель' });
    expect(text.some((line) => line.endsWith('оказывать методическую помощь.'))).toBe(true);
    expect(text.some((line) => line.endsWith('привлекать других специалистов.'))).toBe(true);
  });
});
