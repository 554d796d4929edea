import { describe, expect, it } from 'vitest';
import { problemsOf } from '../_fixtures/problems.js';

/** An order titled `orderTitle`, a regulation with a section titled `section`, a roadmap with a stage `stage`. */
function plan(orderTitle: string, section: string, stage: string): string {
  return `organization: { name: МБОУ «Школа № 14», city: Самара, head: ivanova }
people:
  ivanova: { name: Иванова Анна Петровна, position: Директор }
documents:
  - type: order
    number: 12
    date: 2025-09-01
    title: ${orderTitle}
    clauses: [Утвердить положение.]
  - type: regulation
    title: Положение о рабочей группе
    sections:
      - title: Общие положения
        clauses: [Настоящее Положение определяет порядок работы.]
      - title: ${section}
        clauses: [Рабочая группа создается приказом.]
  - type: roadmap
    title: Дорожная карта
    stages:
      - title: ${stage}
        items: [{ activity: Создание рабочей группы }]
`;
}

describe('numbers typed before titles', () => {
  it('names a number before a section or a stage title, Arabic or Roman: gramota numbers them itself', () => {
    expect(problemsOf(plan('О рабочей группе', '2. Цели и задачи', 'II. Основной'))).toEqual([
      '15:16: «2.» в начале названия: номера разделов и этапов gramota ставит сама — уберите «2.», иначе напечатается дважды',
      '20:16: «II.» в начале названия: номера разделов и этапов gramota ставит сама — уберите «II.», иначе напечатается дважды',
    ]);
    expect(problemsOf(plan('О рабочей группе', 'Цели и задачи', '"2) Основной"'))).toEqual([
      '20:16: «2)» в начале названия: номера разделов и этапов gramota ставит сама — уберите «2)», иначе напечатается дважды',
    ]);
  });

  it('names a number before an order title, which is printed without one', () => {
    expect(problemsOf(plan('1. О рабочей группе', 'Цели и задачи', 'Основной'))).toEqual([
      '8:12: «1.» в начале названия приказа: название печатается без номера, а имя файла начиналось бы с «1.» — уберите его',
    ]);
  });

  it('takes titles that start with a number of their own', () => {
    expect(
      problemsOf(plan('О рабочей группе', '2025 год – год педагога', '1 сентября – День знаний')),
    ).toEqual([]);
    expect(problemsOf(plan('О рабочей группе', '2.5 часа в неделю', 'IV Всероссийский форум'))).toEqual([]);
  });
});

/** A roadmap whose activity is `activity` and result `result`, and a plain table with the cell `cell`. */
function cells(activity: string, result: string, cell: string): string {
  return `organization: { name: МБОУ «Школа № 14», city: Самара }
documents:
  - type: roadmap
    title: Дорожная карта
    columns: [number, activity, result]
    items:
      - activity: ${activity}
        result: ${result}
  - type: document
    title: Состав рабочей группы
    body:
      - table:
          columns: [Ф.И.О., Роль]
          rows:
            - [Иванова А.П., ${cell}]
`;
}

describe('markers pasted into table cells', () => {
  it('names a bullet or a dash before a cell text, and before a line of a list in a cell', () => {
    expect(
      problemsOf(cells('• Оснащение учебно-опытного участка', '[Приказ, · Положение]', '"- секретарь"')),
    ).toEqual([
      '7:19: «•» в начале текста ячейки: маркер, скопированный из Word, напечатался бы как есть — уберите «•»; перечень в ячейке пишется списком: [первая строка, вторая строка]',
      '8:26: «·» в начале строки списка: тире перед строками gramota ставит сама — уберите «·», иначе напечатается дважды',
      '15:30: «-» в начале текста ячейки: маркер, скопированный из Word, напечатался бы как есть — уберите «-»; перечень в ячейке пишется списком: [первая строка, вторая строка]',
    ]);
  });

  it('takes a dash that is no marker: a cell of a dash alone, a range, a hyphenated word', () => {
    expect(problemsOf(cells('Оснащение участка', '"–"', '2020–2021 гг.'))).toEqual([]);
    expect(problemsOf(cells('Оснащение участка', '[Приказ, Положение]', 'член-корреспондент'))).toEqual([]);
  });
});
