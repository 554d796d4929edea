import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

describe('import of an order whose control clause names a person of its appendix', () => {
  it('reads «Контроль за исполнением приказа возложить на … Иванову Н.П.» as control, with no clause left', async () => {
    const { plan, yaml, text } = await importGenerated([
      ...[
        'МАОУ «Гимназия № 4»',
        'ПРИКАЗ',
        '02.09.2024\t№ 01-10/45',
        'Об утверждении плана работы школьной службы медиации',
        'ПРИКАЗЫВАЮ:',
        '1. Утвердить план работы школьной службы медиации (приложение 1).',
        '2. Контроль за исполнением приказа возложить на заместителя директора по воспитательной работе Иванову Н.П.',
        'Директор гимназии\tА.А. Смирнов',
      ].map((t) => writeParagraph(t)),
      writeNewPageParagraph('Приложение 1\nк приказу МАОУ «Гимназия № 4»\nот 02.09.2024 № 01-10/45'),
      writeTitleParagraph('План работы школьной службы медиации'),
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['1.', 'Заседание службы медиации', 'сентябрь 2024 г.', 'Иванова Н.П.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      clauses: [{ approve: 'appendix-1' }],
      control: 'ivanova',
    });
    expect(plan.people?.ivanova).toMatchObject({
      name: 'Иванова Н.П.',
      position_cases: { accusative: 'заместителя директора по воспитательной работе' },
    });
    expect(yaml).not.toContain(importText.controlKept);
    const lines = text.join('\n');
    expect(lines).toContain('возложить на заместителя директора по воспитательной работе Иванову Н.П.');
    expect(lines).not.toContain('оставляю за собой');
  });
});
