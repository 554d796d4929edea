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
