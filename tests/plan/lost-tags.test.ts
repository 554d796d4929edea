import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { problemsOf } from '../_fixtures/problems.js';

/** An order whose `control` and first clause are typed as given. */
const orderWith = (
  control: string,
  clause = 'Обеспечить выполнение мероприятий',
) => `organization: { name: МБОУ «Школа № 5», city: Омск, head: d }
people:
  d: { name: Кох Любовь Ильинична, position: Директор }
  g: { name: Гуляй Никита Ильич, position: Заместитель директора }
documents:
  - type: order
    number: 1
    date: 01.09.2025
    title: О мерах по реализации проекта
    clauses:
      - ${clause}
    control: ${control}
`;

describe('a text typed with «!» at its start, which YAML reads as a tag', () => {
  it('is an error at the «!», with the user’s line in quotes, instead of a text that silently lost its «!»', () => {
    expect(problemsOf(orderWith('! Важно: g'))).toHaveLength(1);
    expect(problemsOf(orderWith('g', '! Важно обеспечить выполнение'))).toEqual([
      '11:9: текст начинается с «!», а так в YAML указывается тип значения (!тип); заключите весь текст в кавычки: - "! Важно обеспечить выполнение"',
    ]);
    expect(problemsOf(orderWith('! Важно возложить на заместителя'))).toEqual([
      '12:14: текст начинается с «!», а так в YAML указывается тип значения (!тип); заключите весь текст в кавычки: control: "! Важно возложить на заместителя"',
    ]);
  });

  it('names a tag of the user’s own that would swallow the first word, and «!» glued to a Russian word', () => {
    expect(problemsOf(orderWith('!Important возложить на заместителя'))).toEqual([
      '12:14: текст начинается с «!», а так в YAML указывается тип значения (!тип); заключите весь текст в кавычки: control: "!Important возложить на заместителя"',
    ]);
    expect(problemsOf(orderWith('!Важно'))).toEqual([
      '12:14: ошибка синтаксиса YAML: текст начинается с «!», а так в YAML указывается тип значения (!тип); заключите весь текст в кавычки: control: "!Важно"',
    ]);
  });

  it('in brackets, names the one item', () => {
    expect(problemsOf(orderWith('g', '[! Важно, срочно]'))).toEqual([
      '11:10: текст начинается с «!», а так в YAML указывается тип значения (!тип); заключите весь текст в кавычки: "! Важно"',
    ]);
  });

  it('leaves YAML’s standard tags, «!» inside a text and «!» in quotes alone', () => {
    const read = (source: string) => parsePlan(source, 'plan.yaml').documents[0];
    expect(read(orderWith('g', '!!str Обеспечить выполнение'))).toMatchObject({
      clauses: ['Обеспечить выполнение'],
    });
    expect(read(orderWith('g', '"! Важно: обеспечить выполнение"'))).toMatchObject({
      clauses: ['! Важно: обеспечить выполнение'],
    });
    expect(problemsOf(orderWith('g', 'Обеспечить выполнение! Срочно !'))).toEqual([]);
  });
});
