import { describe, expect, it } from 'vitest';
import { readOrder } from '../../../src/import/recognise/order.js';
import { createPeopleBook } from '../../../src/import/recognise/people.js';
import { importText } from '../../../src/messages.js';
import { toParagraph } from '../_paragraph.js';

const lines = (...texts: string[]) => texts.map((t) => toParagraph(t));

describe('orders', () => {
  it('reads requisites, clauses, a bare deadline as written, control on a person named below, the signature', () => {
    const book = createPeopleBook();
    const { organization, order, notes } = readOrder(
      lines(
        'МБОУ «Школа № 1»',
        'П Р И К А З',
        '15.09.2022\t№ 12 о/д',
        'г. Тверь',
        'О дежурстве',
        'ПРИКАЗЫВАЮ:',
        '1. Организовать дежурство.',
        'Срок: 20.09.2022.',
        '2. Контроль за исполнением настоящего приказа возложить на заместителя директора Петрову И.И.',
        'Директор\tА.А. Смирнов',
        'С приказом ознакомлены:',
        'И.И. Петрова',
      ),
      book,
    );
    expect(organization).toEqual({ name: 'МБОУ «Школа № 1»', city: 'Тверь' });
    expect(order).toEqual({
      type: 'order',
      date: '2022-09-15',
      number: '12 о/д',
      title: 'О дежурстве',
      clauses: [{ text: 'Организовать дежурство.', term: '20.09.2022' }],
      control: 'petrova',
      signer: 'smirnov',
      acquainted: ['petrova'],
    });
    expect(Object.fromEntries(book.entries())).toEqual({
      smirnov: { name: 'А.А. Смирнов', position: 'Директор' },
      petrova: { name: 'И.И. Петрова', position_cases: { accusative: 'заместителя директора' } },
    });
    expect(notes).toEqual([]);
  });

  it("keeps the period of initials and of «г.» that ends a responsible or a deadline line, and drops a sentence's", () => {
    const book = createPeopleBook();
    const { order } = readOrder(
      lines(
        'ПРИКАЗ',
        '15.09.2022\t№ 12',
        'О сайте',
        'ПРИКАЗЫВАЮ:',
        '1. Разместить приказ на сайте.',
        'Ответственный: Белых А.Н.',
        'Срок: до 10 сентября 2022 г.',
        '2. Провести собрание.',
        'Ответственные: классные руководители.',
        'Директор\tА.А. Смирнов',
        'С приказом ознакомлены:',
        'А.Н. Белых',
      ),
      book,
    );
    expect(order).toMatchObject({
      clauses: [
        { text: 'Разместить приказ на сайте.', responsible: 'belikh', term: 'до 10 сентября 2022 г.' },
        { text: 'Провести собрание.', responsible: 'классные руководители' },
      ],
    });
  });

  it('tells whether the order writes its date in words, which the plan then writes all its dates in', () => {
    const read = (requisites: string) =>
      readOrder(lines('ПРИКАЗ', requisites, 'О сайте', 'ПРИКАЗЫВАЮ:', '1. Разместить.'), createPeopleBook());
    expect(read('1 сентября 2025 г.\t№ 112-од')).toMatchObject({
      datesInWords: true,
      order: { date: '2025-09-01', number: '112-од' },
    });
    expect(read('01.09.2025\t№ 112-од').datesInWords).toBe(false);
    expect(read('«___» ________ 20__ г.\t№ 112-од').datesInWords).toBe(false);
  });

  it('says what it could not find: the date and number, the signature', () => {
    const { order, notes } = readOrder(
      lines('ПРИКАЗ', 'О дежурстве', 'ПРИКАЗЫВАЮ:', '1. Организовать дежурство.'),
      createPeopleBook(),
    );
    expect(order).toMatchObject({ date: 'blank', number: '', title: 'О дежурстве', signer: 'familiya' });
    expect(notes).toEqual([
      { path: ['number'], text: importText.orderRequisitesNotRead },
      { path: ['signer'], text: importText.signerNotFound },
    ]);
  });
  it('names text under the signature it does not carry over', () => {
    const { notes } = readOrder(
      lines(
        'ПРИКАЗ',
        '01.02.2022 № 5',
        'О дежурстве',
        'ПРИКАЗЫВАЮ:',
        '1. Дежурить.',
        'Директор\tА.А. Смирнов',
        'Исп. Иванова, 22-33-44',
      ),
      createPeopleBook(),
    );
    expect(notes).toEqual([{ path: ['signer'], text: importText.afterSignature('Исп. Иванова, 22-33-44') }]);
  });

  it('reads the visas under the signature: a date, a blank for the date, none; and the signer is not a visa', () => {
    const book = createPeopleBook();
    const { order, notes } = readOrder(
      lines(
        'МБОУ «Школа № 1»',
        'ПРИКАЗ',
        '15.09.2022\t№ 12',
        'О дежурстве',
        'ПРИКАЗЫВАЮ:',
        '1. Организовать дежурство.',
        'Директор\tА.А. Смирнов',
        'Согласовано:',
        // A table without borders as gramota writes it: position, the line to sign on, name and date.
        'Заместитель директора по УВР',
        '____________',
        'И.И. Петрова',
        '14.09.2022',
        'Юрисконсульт',
        '____________',
        'Д.А. Соколов',
        '____.____.20___',
        // A line of its own, with no date line under it.
        'Главный бухгалтер ________ О.П. Лебедева',
        'С приказом ознакомлены:',
        'И.И. Петрова',
      ),
      book,
    );
    expect(order).toMatchObject({
      signer: 'smirnov',
      visas: [{ by: 'petrova', date: '2022-09-14' }, 'sokolov', { by: 'lebedeva', date: 'none' }],
      acquainted: ['petrova'],
    });
    expect(book.get('petrova')).toEqual({ name: 'И.И. Петрова', position: 'Заместитель директора по УВР' });
    expect(book.get('lebedeva')).toEqual({ name: 'О.П. Лебедева', position: 'Главный бухгалтер' });
    expect(notes).toEqual([]);
  });

  it("reads a dash list and a «1)» list inside a clause, typed or Word's, not as sub-clauses", () => {
    const bullet = { label: '–', level: 0, bullet: true, list: 'num:7' };
    const paren = (n: number) => ({ label: `${n})`, level: 1, bullet: false, list: 'num:8' });
    const { order } = readOrder(
      [
        ...lines('ПРИКАЗ', '15.09.2022\t№ 12', 'О дежурстве', 'ПРИКАЗЫВАЮ:', '1. Организовать:'),
        toParagraph('подбор литературы;', { marker: bullet }),
        toParagraph('выставку.', { marker: bullet }),
        ...lines('Ответственный: Петрова И.И.', '2. Провести:'),
        toParagraph('семинар;', { marker: paren(1) }),
        toParagraph('конференцию.', { marker: paren(2) }),
        ...lines('3. Подготовить:', '– отчёт;', '1) справку.', 'Директор\tА.А. Смирнов'),
      ],
      createPeopleBook(),
    );
    expect(order.clauses).toEqual([
      { text: 'Организовать:', list: ['подбор литературы;', 'выставку.'], responsible: 'petrova' },
      { text: 'Провести:', list: { numbered: ['семинар;', 'конференцию.'] } },
      // One list to a clause: a line of the other kind stays in its text, as it reads.
      { text: 'Подготовить:\n1) справку.', list: ['отчёт;'] },
    ]);
  });
});
