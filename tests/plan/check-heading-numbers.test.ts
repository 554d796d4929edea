import { describe, expect, it } from 'vitest';
import { problemsOf } from '../_fixtures/problems.js';

/** A plan of one document whose body has these headings, each followed by a paragraph. */
function withHeadings(...headings: string[]): string {
  const body = headings
    .map((heading) => `      - heading: ${heading}\n      - paragraph: Текст раздела.\n`)
    .join('');
  return `organization: { name: МБОУ «Школа № 14», city: Самара }
documents:
  - type: document
    title: Программа
    body:
${body}`;
}

describe('headings numbered by hand', () => {
  it('takes numbers written alike at each level, with or without the dot, and text that is no number', () => {
    expect(problemsOf(withHeadings('1. Введение', '1.1 Цели', '1.2 Задачи', '2. Содержание'))).toEqual([]);
    expect(problemsOf(withHeadings('1 Введение', '2 Содержание', 'Приложение'))).toEqual([]);
    expect(problemsOf(withHeadings('1. Введение', '2025 Год педагога', '2.5 часа в неделю'))).toEqual([]);
  });

  it('rewrites the one written otherwise than most of its level', () => {
    expect(problemsOf(withHeadings('1 Введение', '2. Цели', '3. Задачи'))).toEqual([
      '6:18: номер заголовка «1 Введение» записан не так, как у других заголовков того же уровня («2. Цели»): напишите «1. Введение»',
    ]);
  });

  it('follows the first heading of the level when as many are written each way', () => {
    expect(problemsOf(withHeadings('1.1. Цели', '1.2 Задачи'))).toEqual([
      '8:18: номер заголовка «1.2 Задачи» записан не так, как у других заголовков того же уровня («1.1. Цели»): напишите «1.2. Задачи»',
    ]);
  });
});
