import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../_fixtures/problems.js';

/** A free document whose body is `body` (YAML, indented under `body:`; its first line is line 6). */
const withBody = (body: string) => `organization: { name: МБОУ «Школа № 14», city: Самара }
documents:
  - type: document
    title: Паспорт проекта
    body:
${body}`;

describe('lists of text blocks', () => {
  it('names an empty list, dashed or numbered, which would print nothing under its heading', () => {
    expect(problemsOf(withBody('      - heading: Задачи\n      - list: []\n'))).toEqual([
      '7:15: перечень пуст — в документе на его месте ничего бы не напечаталось: добавьте строки (- …) или уберите перечень (list)',
    ]);
    expect(
      problemsOf(withBody('      - numbered:\n          - text: Первая задача\n            list: []\n')),
    ).toEqual([
      '8:19: перечень пуст — в документе на его месте ничего бы не напечаталось: добавьте строки (- …) или уберите перечень (list)',
    ]);
  });

  it('takes a list with lines', () => {
    expect(
      problemsOf(withBody('      - heading: Задачи\n      - list: [анализ условий;, оснащение центра.]\n')),
    ).toEqual([]);
  });
});
