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
    // The position the control clause gives, in the nominative: no other in the file.
    expect(plan.people?.ivanova).toEqual({
      name: 'Иванова Н.П.',
      position: 'Заместитель директора по воспитательной работе',
    });
    expect(yaml).not.toContain(importText.controlKept);
    const lines = text.join('\n');
    expect(lines).toContain('возложить на заместителя директора по воспитательной работе Иванову Н.П.');
    expect(lines).not.toContain('оставляю за собой');
  });

  it('reads the position given beside a name in a clause («Кузнецову Н.П., заместителя директора …», «Методисту …»)', async () => {
    const { plan, yaml, text } = await importGenerated([
      ...[
        'МАОУ «Гимназия № 4»',
        'ПРИКАЗ',
        '02.09.2024\t№ 01-10/45',
        'О проекте',
        'ПРИКАЗЫВАЮ:',
        '1. Методисту Лебедевой А.В. разработать положение о конкурсе.',
        '2. Контроль за исполнением приказа возложить на Кузнецову Н.П., заместителя директора по научно-методической работе.',
        'Директор гимназии\tА.А. Смирнов',
        'С приказом ознакомлены:',
        'Н.П. Кузнецова',
        'А.В. Лебедева',
      ].map((t) => writeParagraph(t)),
    ]);
    expect(plan.people).toMatchObject({
      kuznetsova: { name: 'Н.П. Кузнецова', position: 'Заместитель директора по научно-методической работе' },
      lebedeva: { name: 'А.В. Лебедева', position: 'Методист' },
    });
    expect(yaml).toContain(
      '# импорт: должность прочитана из текста приказа («заместителя директора по научно-методической работе»)',
    );
    // The control clause as control: (gramota words it position first), not a second one beside gramota's own.
    expect(plan.documents[0]).toMatchObject({ control: 'kuznetsova' });
    expect(text).toContain(
      '#.# Контроль за исполнением настоящего приказа возложить на заместителя директора по научно-методической работе Кузнецову Н.П.',
    );
  });

  it('reads the position before the colon of a clause that opens sub-clauses («…, заместителю директора …:»)', async () => {
    // Trial 10: the colon went into her position, «Заместитель директора по учебно-методической работе:».
    const { plan } = await importGenerated(
      [
        'ГБПОУ «СПК»',
        'ПРИКАЗ',
        '01.09.2025\t№ 215-о',
        'О рабочей группе',
        'ПРИКАЗЫВАЮ:',
        '1. Руководителю рабочей группы Петровой Е.А., заместителю директора по учебно-методической работе:',
        '1.1. организовать работу рабочей группы;',
        '1.2. представить отчёт до 15.12.2025.',
        'Директор\tА.Н. Громов',
        'С приказом ознакомлены:',
        'Петрова Е.А.',
      ].map((t) => writeParagraph(t)),
    );
    expect(plan.people?.petrova).toEqual({
      name: 'Петрова Е.А.',
      position: 'Заместитель директора по учебно-методической работе',
    });
  });
});
