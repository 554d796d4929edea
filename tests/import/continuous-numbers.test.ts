import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of a roadmap numbered on across its stages', () => {
  it('keeps «1.»–«3.» in the first stage and «4.» opening the second: numbering: continuous', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTable([
        ['№', 'Мероприятие', 'Сроки'],
        [{ text: '1. Подготовительный этап', span: 3 }],
        ['1.', 'Создание рабочей группы', '01.09.2025'],
        ['2.', 'Анализ кадрового обеспечения', 'до 15.09.2025'],
        ['3.', 'Разработка рабочих программ', 'сентябрь 2025 г.'],
        [{ text: '2. Основной этап', span: 3 }],
        ['4.', 'Повышение квалификации', 'октябрь 2025 г.'],
        ['4.1', 'Курсы ИРО', 'ноябрь 2025 г.'],
        ['5.', 'Подведение итогов', 'май 2026 г.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({ numbering: 'continuous' });
    // The numbers are the document's: nothing to warn about.
    expect(yaml).not.toContain(importText.numberChanged('4.', '2.1'));
    expect(yaml).not.toMatch(/в документе номер/);
    expect(text.slice(-8)).toEqual([
      '1. Подготовительный этап →3',
      '1. | Создание рабочей группы | 01.09.2025',
      '2. | Анализ кадрового обеспечения | до 15.09.2025',
      '3. | Разработка рабочих программ | сентябрь 2025 г.',
      '2. Основной этап →3',
      '4. | Повышение квалификации | октябрь 2025 г.',
      '4.1 | Курсы ИРО | ноябрь 2025 г.',
      '5. | Подведение итогов | май 2026 г.',
    ]);
  });

  it('keeps stage numbers in front when the document writes them: 1.1 … 2.1', async () => {
    const { plan, text } = await importGenerated([
      writeTable([
        ['№', 'Мероприятие', 'Сроки'],
        [{ text: '1. Подготовительный этап', span: 3 }],
        ['1.1', 'Создание рабочей группы', '01.09.2025'],
        [{ text: '2. Основной этап', span: 3 }],
        ['2.1', 'Повышение квалификации', 'октябрь 2025 г.'],
      ]),
    ]);
    expect(plan.documents[0]).not.toHaveProperty('numbering');
    expect(text.at(-1)).toBe('2.1 | Повышение квалификации | октябрь 2025 г.');
  });
});
