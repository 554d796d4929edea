import { describe, expect, it } from 'vitest';
import { importGenerated, writeParagraph, writeTable } from './_generated-docx.js';

const header = ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'];

describe('import of cells merged down (vMerge)', () => {
  it('gives a merged «Ответственный» to every row it spans, and the rebuilt table prints it in each', async () => {
    const { plan, text } = await importGenerated([
      writeParagraph('Дорожная карта внедрения целевой модели наставничества'),
      writeTable([
        header,
        [{ text: '1. Подготовительный этап (сентябрь – ноябрь 2024 г.)', span: 4 }],
        ['1.1', 'Издание приказа', 'сентябрь 2024 г.', { text: 'Ковалёва Н.С.', merge: 'restart' }],
        ['1.2', 'Разработка положения', 'октябрь 2024 г.', { text: '', merge: 'continue' }],
        ['1.3', 'Формирование базы', 'октябрь 2024 г.', { text: '', merge: 'continue' }],
        ['1.4', 'Обучение наставников', 'ноябрь 2024 г.', 'Петрова О.В.'],
      ]),
    ]);
    const items = (plan.documents[0] as { stages: { items: { responsible?: unknown }[] }[] }).stages[0]!
      .items;
    expect(items.map((i) => i.responsible)).toEqual(['kovaleva', 'kovaleva', 'kovaleva', 'petrova']);
    expect(text.slice(-4)).toEqual([
      '1.1 | Издание приказа | сентябрь 2024 г. | Ковалёва Н.С.',
      '1.2 | Разработка положения | октябрь 2024 г. | Ковалёва Н.С.',
      '1.3 | Формирование базы | октябрь 2024 г. | Ковалёва Н.С.',
      '1.4 | Обучение наставников | ноябрь 2024 г. | Петрова О.В.',
    ]);
  });

  it('keeps a merged stage column a stage: its rows are the stage, not a value of each row', async () => {
    const { plan } = await importGenerated([
      writeTable([
        ['№ п/п', 'Этап', 'Мероприятие', 'Ответственный'],
        [
          '1.',
          { text: 'Организационный этап', merge: 'restart' },
          'Приказ',
          { text: 'Ковалёва Н.С.', merge: 'restart' },
        ],
        ['2.', { text: '', merge: 'continue' }, 'Положение', { text: '', merge: 'continue' }],
        ['1.', { text: 'Основной этап', merge: 'restart' }, 'Обучение', 'Петрова О.В.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stage_layout: 'column',
      stages: [
        {
          title: 'Организационный этап',
          items: [
            { activity: 'Приказ', responsible: 'kovaleva' },
            { activity: 'Положение', responsible: 'kovaleva' },
          ],
        },
        { title: 'Основной этап', items: [{ activity: 'Обучение', responsible: 'petrova' }] },
      ],
    });
  });
});
