import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeParagraph } from './_generated-docx.js';

describe('import of an order with typed clause numbers', () => {
  it('keeps «2.1.1.» a third level and a line opening with a date («3 октября …») part of the clause', async () => {
    const { plan, text } = await importGenerated(
      [
        'МБОУ «Школа № 12»',
        'ПРИКАЗ',
        '02.09.2024\t№ 150',
        'О проведении Дня самоуправления',
        'ПРИКАЗЫВАЮ:',
        '1. Утвердить график проведения уроков учителями-дублёрами:',
        '1.1. 1–4 классы – 2 урока:',
        '1.1.1. 1 классы – без участия дублёров;',
        '1.2. 5–9 классы – 3 урока.',
        '2. Заместителю директора Беловой М.А. подготовить праздничный концерт.',
        '3 октября 2024 г. провести генеральную репетицию концерта.',
        'Директор\tЕ.Н. Петрова',
      ].map((t) => writeParagraph(t)),
    );
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        {
          text: 'Утвердить график проведения уроков учителями-дублёрами:',
          clauses: [
            { text: '1–4 классы – 2 урока:', clauses: ['1 классы – без участия дублёров;'] },
            '5–9 классы – 3 урока.',
          ],
        },
        'Заместителю директора Беловой М.А. подготовить праздничный концерт.\n3 октября 2024 г. провести генеральную репетицию концерта.',
      ],
    });
    // The built order: the third level is an outline item, the line with the date a paragraph of its own.
    expect(text).toContain('#.# 1 классы – без участия дублёров;');
    expect(text).toContain('3 октября 2024 г. провести генеральную репетицию концерта.');
  });
});

describe('import of an order whose clauses are typed «1)», «2)»', () => {
  it('reads them as the clauses, not as a list, with a note that gramota numbers them «1.»', async () => {
    const { plan, yaml, text } = await importGenerated(
      [
        'МБОУ «Школа № 12»',
        'ПРИКАЗ',
        '02.09.2024\t№ 150',
        'О проведении Дня самоуправления',
        'ПРИКАЗЫВАЮ:',
        '1) Провести 4 октября 2024 г. День самоуправления.',
        '2) Утвердить график проведения уроков учителями-дублёрами:',
        '2.1. 1–4 классы – 2 урока;',
        '2.2. 5–9 классы – 3 урока.',
        '3) Классным руководителям:',
        '– провести инструктаж дублёров.',
        'Директор\tЕ.Н. Петрова',
      ].map((t) => writeParagraph(t)),
    );
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        'Провести 4 октября 2024 г. День самоуправления.',
        {
          text: 'Утвердить график проведения уроков учителями-дублёрами:',
          clauses: ['1–4 классы – 2 урока;', '5–9 классы – 3 урока.'],
        },
        { text: 'Классным руководителям:', list: ['провести инструктаж дублёров.'] },
      ],
    });
    expect(yaml).toContain(`# импорт: ${importText.orderParenNumbers}`);
    expect(text).toContain('#.# Провести 4 октября 2024 г. День самоуправления.');
  });
});
