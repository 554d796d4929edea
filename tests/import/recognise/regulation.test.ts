import { describe, expect, it } from 'vitest';
import { readRegulation } from '../../../src/import/recognise/regulation.js';
import { toParagraph } from '../_paragraph.js';

describe('regulations', () => {
  it('reads sections, clauses and sub-clauses to any depth, typed numbers or Word’s, and dash lists', () => {
    const marker = (level: number) => ({ label: '', level, bullet: false, list: 'num:1' });
    const { sections, notes } = readRegulation([
      toParagraph('1. Общие положения'),
      toParagraph('1.1. Положение определяет порядок работы.'),
      toParagraph('2. Организация работы'),
      toParagraph('2.1. Совет работает по направлениям:'),
      toParagraph('2.1.1. методическому:'),
      toParagraph('2.1.1.1. анализ программ;'),
      toParagraph('разработка рекомендаций;', { marker: marker(3) }),
      toParagraph('– с участием работодателей;'),
      toParagraph('2.1.2. воспитательному.'),
      toParagraph('2.2. Заседания проводятся раз в квартал.'),
    ]);
    expect(sections).toEqual([
      { title: 'Общие положения', clauses: ['Положение определяет порядок работы.'] },
      {
        title: 'Организация работы',
        clauses: [
          {
            text: 'Совет работает по направлениям:',
            clauses: [
              {
                text: 'методическому:',
                clauses: [
                  'анализ программ;',
                  { text: 'разработка рекомендаций;', list: ['с участием работодателей;'] },
                ],
              },
              'воспитательному.',
            ],
          },
          'Заседания проводятся раз в квартал.',
        ],
      },
    ]);
    expect(notes).toEqual([]);
  });
});
