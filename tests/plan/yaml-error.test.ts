import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { loadYaml } from '../../src/plan/load.js';

const roadmap = (items: string) => `organization:
  name: Школа
  head: ivanova

documents:
  - type: roadmap
    title: План
    items:
${items}`;

/** The first problem's line and column, and the text a user finds there in the editor. */
function placeOf(source: string): { line: number; column: number; text: string; message: string } {
  const problems = loadYaml(source, 'plan.yaml') as readonly Problem[];
  expect(Array.isArray(problems)).toBe(true);
  const { line = 0, column = 0, message } = problems[0]!;
  return { line, column, text: source.split('\n')[line - 1]!.slice(column - 1), message };
}

describe('the line and column of a YAML syntax error', () => {
  it('names the line of a key indented unlike its neighbours after a blank line, not the blank line', () => {
    const source = `organization:
  name: Школа

 head: ivanova
`;
    expect(placeOf(source)).toMatchObject({ line: 4, column: 2, text: 'head: ivanova' });
  });

  it('names the deeper line after a line of spaces Enter left behind, not the key above it', () => {
    const source = roadmap(`      - activity: Сбор
        term: 2024-09
          
          responsible: ivanova
      - activity: Обучение
`);
    const place = placeOf(source);
    expect(place).toMatchObject({ line: 12, column: 11, text: 'responsible: ivanova' });
    expect(place.message).toContain(
      'ключ «responsible» стоит на 2 пробела правее ключа «term» в строке 10: ключи одного уровня пишутся ровно друг под другом — поставьте «responsible» под «term», в столбец 9',
    );
  });

  it('names a key shifted right under a list item, the blank lines above it skipped', () => {
    const source = roadmap(`      - activity: Сбор
        responsible: ivanova

          
           result: Отчёт
      - activity: Обучение
`);
    expect(placeOf(source)).toMatchObject({ line: 13, column: 12, text: 'result: Отчёт' });
  });
});

describe('the message for «: » inside a text shows the user’s own key and text in quotes', () => {
  it('quotes the text of the key the user wrote, at the column where the text starts', () => {
    const source = `organization:\n  name: Школа\n  head: ivanova\ndocuments:\n  - type: document\n    title: Программа «Ступеньки: от детского сада к школе»\n`;
    const place = placeOf(source);
    expect(place).toMatchObject({
      line: 6,
      column: 12,
      text: 'Программа «Ступеньки: от детского сада к школе»',
    });
    expect(place.message).toContain(
      'Заключите весь текст в кавычки: title: "Программа «Ступеньки: от детского сада к школе»"',
    );
    expect(place.message).not.toContain('activity');
  });

  it('takes single quotes for a text with double ones, doubling an apostrophe in it', () => {
    const place = placeOf(roadmap(`      - activity: Педсовет "Итоги: выводы" в д'Артаньяновском стиле\n`));
    expect(place.message).toContain(
      `одинарные кавычки: - activity: 'Педсовет "Итоги: выводы" в д''Артаньяновском стиле'`,
    );
  });

  it('shows a very long text up to its first «: », so that the message stays readable', () => {
    const long = `Итоги: ${'выводы и планы на следующий учебный год, '.repeat(4)}`.trim();
    const place = placeOf(roadmap(`      - activity: ${long}\n`));
    expect(place.message).toMatch(/кавычки: - activity: "Итоги: …"$/);
  });
});
