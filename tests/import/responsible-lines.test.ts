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

describe('import of a position beside a name in a «Ответственный» cell', () => {
  it('gives the person the position instead of reading it as a second responsible', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['1.', 'Издание приказа', 'сентябрь 2025 г.', 'Воронцов С.Н., директор'],
        [
          '2.',
          'Наставнические пары',
          'ноябрь 2025 г.',
          'Петрова Е.А., методист;\nСидоров К.В., руководитель МО',
        ],
        ['3.', 'Мониторинг', 'май 2026 г.', 'заместитель директора по УМР Иванова О.П., кураторы групп'],
        ['4.', 'Посещение занятий', 'ежемесячно', 'учителя-предметники,\nмолодые педагоги'],
      ]),
    ]);
    const items = (plan.documents[0] as { items: { responsible?: unknown }[] }).items;
    expect(items.map((i) => i.responsible)).toEqual([
      'vorontsov',
      ['petrova', 'sidorov'],
      ['ivanova', 'кураторы групп'],
      'учителя-предметники, молодые педагоги',
    ]);
    expect(plan.people).toMatchObject({
      vorontsov: { name: 'Воронцов С.Н.', position: 'Директор' },
      petrova: { position: 'Методист' },
      sidorov: { position: 'Руководитель МО' },
      ivanova: { position: 'Заместитель директора по УМР' },
    });
    expect(yaml).toContain('# импорт: должность взята из ячейки «Воронцов С.Н., директор»');
    expect(text).toContain('2. | Наставнические пары | ноябрь 2025 г. | Петрова Е.А., Сидоров К.В.');
  });
});
