import { describe, expect, it } from 'vitest';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of a «Ответственный» cell of several lines', () => {
  it('reads a line break or a new paragraph after a comma as one list, with no empty entry', async () => {
    const { plan, text } = await importGenerated([
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['1.', 'Разработка рабочих программ', 'сентябрь 2025 г.', 'Белова М.А.,\nруководители ШМО'],
        ['2.', 'Утверждение рабочих программ', 'октябрь 2025 г.', ['Белова М.А.,', 'Сомова Л.Н.']],
        ['3.', 'Мониторинг', 'ноябрь 2025 г.', 'Белова М.А., , руководители ШМО'],
      ]),
    ]);
    const items = (plan.documents[0] as { items: { responsible?: unknown }[] }).items;
    expect(items.map((i) => i.responsible)).toEqual([
      ['belova', 'руководители ШМО'],
      ['belova', 'somova'],
      ['belova', 'руководители ШМО'],
    ]);
    expect(text.slice(-3)).toEqual([
      '1. | Разработка рабочих программ | сентябрь 2025 г. | Белова М.А., руководители ШМО',
      '2. | Утверждение рабочих программ | октябрь 2025 г. | Белова М.А., Сомова Л.Н.',
      '3. | Мониторинг | ноябрь 2025 г. | Белова М.А., руководители ШМО',
    ]);
  });
});
