import { describe, expect, it } from 'vitest';
import { importGenerated, writeListParagraph, writeParagraph } from './_generated-docx.js';

describe('import of a Word «1)» list under a sub-clause of an order', () => {
  it('gives the list to the sub-clause it follows, so the plan builds', async () => {
    const { plan, text } = await importGenerated([
      ...['МБОУ «Школа № 1»', 'ПРИКАЗ', '15.01.2025\t№ 07-ос', 'О проведении Недели', 'ПРИКАЗЫВАЮ:'].map(
        (t) => writeParagraph(t),
      ),
      writeListParagraph('Провести Неделю с 3 по 7 февраля 2025 г.', 'clauses'),
      writeListParagraph('Организационному комитету:', 'clauses'),
      writeListParagraph('разработать программу Недели;', 'clauses', 1),
      writeListParagraph('обеспечить участие в открытых мероприятиях:', 'clauses', 1),
      writeListParagraph('преподавателей со стажем до 3 лет;', 'paren'),
      writeListParagraph('мастеров производственного обучения.', 'paren'),
      writeListParagraph('подвести итоги Недели.', 'clauses', 1),
      writeParagraph('Директор\tГ.В. Алейкина'),
    ]);
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        'Провести Неделю с 3 по 7 февраля 2025 г.',
        {
          text: 'Организационному комитету:',
          clauses: [
            'разработать программу Недели;',
            {
              text: 'обеспечить участие в открытых мероприятиях:',
              list: {
                numbered: ['преподавателей со стажем до 3 лет;', 'мастеров производственного обучения.'],
              },
            },
            'подвести итоги Недели.',
          ],
        },
      ],
    });
    expect(text.join('\n')).toContain('мастеров производственного обучения.');
  });
});
