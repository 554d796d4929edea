import { describe, expect, it } from 'vitest';
import { importGenerated, writeTable, writeTitleParagraph } from './_generated-docx.js';

describe('a stage column whose names carry their period in brackets', () => {
  it('gives each stage its term and keeps brackets that are no term in the title', async () => {
    const { plan, text } = await importGenerated([
      writeTitleParagraph('Дорожная карта реализации проекта «Цифровой наставник»'),
      writeTable([
        ['Этап', '№ п/п', 'Мероприятие', 'Сроки'],
        [
          { text: '1. Подготовительный (сентябрь – декабрь 2026 г.)', merge: 'restart' },
          '1.1',
          'Создание рабочей группы проекта',
          'сентябрь 2026 г.',
        ],
        [{ text: '', merge: 'continue' }, '1.2', 'Обучение наставников', 'октябрь – ноябрь 2026 г.'],
        [
          { text: '2. Основной (внедренческий)', merge: 'restart' },
          '2.1',
          'Запуск платформы',
          'январь 2027 г.',
        ],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stages: [
        { title: 'Подготовительный', term: { from: '2026-09', to: '2026-12' } },
        { title: 'Основной (внедренческий)' },
      ],
    });
    expect((plan.documents[0] as { stages: object[] }).stages[1]).not.toHaveProperty('term');
    expect(text.find((line) => line.includes('Создание рабочей группы'))).toBe(
      '1. Подготовительный (сентябрь – декабрь 2026 г.) ↓2 | 1.1 | Создание рабочей группы проекта | сентябрь 2026 г.',
    );
  });
});
