import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { loadYaml } from '../../src/plan/load.js';

const order = (control: string) => `organization:
  name: Школа
  head: ivanova
documents:
  - type: order
    number: 1-од
    date: 2025-09-01
    title: О проекте
    clauses:
      - Создать рабочую группу
${control}
    acquainted: [ivanova]
`;

describe('a space before the colon of a key', () => {
  it('is named at the space, with the key written right', () => {
    const problems = loadYaml(order('    control :ilyin'), 'plan.yaml') as readonly Problem[];
    expect(Array.isArray(problems)).toBe(true);
    expect(problems[0]).toMatchObject({
      line: 11,
      column: 12,
      message:
        'ошибка синтаксиса YAML: пробел стоит перед двоеточием, а не после него: пишите «control: значение» — двоеточие сразу за ключом, пробел за двоеточием',
    });
  });

  it('is no error with a space after the colon too, which YAML reads as the key', () => {
    expect(Array.isArray(loadYaml(order('    control : ilyin'), 'plan.yaml'))).toBe(false);
  });
});

describe('a text that starts with a sign YAML keeps for itself', () => {
  const problemsOf = (line: string) => loadYaml(order(line), 'plan.yaml') as readonly Problem[];

  it('names the sign and shows the user’s own text in quotes, at the sign', () => {
    const cases: [string, string][] = [
      ['    control: *Протокол заседания', 'control: "*Протокол заседания"'],
      ['    control: @ilyin', 'control: "@ilyin"'],
      ['    control: %ilyin', 'control: "%ilyin"'],
      ['    control: `ilyin`', 'control: "`ilyin`"'],
      ['    control: | Протокол', 'control: "| Протокол"'],
      ['      - * Подготовить план', '- "* Подготовить план"'],
    ];
    for (const [line, fix] of cases) {
      const [problem] = problemsOf(line);
      const sign = line.search(/[*@%`|]/);
      expect(problem).toMatchObject({ line: 11, column: sign + 1 });
      expect(problem!.message).toContain(`текст начинается с «${line[sign]}»`);
      expect(problem!.message).toContain(`заключите весь текст в кавычки: ${fix}`);
    }
  });

  it('leaves a text with such a sign inside, or in quotes, and a block of lines after «|» alone', () => {
    for (const line of [
      '    control: Отчёт R&D и смета *',
      "    control: '*Протокол заседания'",
      '    control: "@ilyin"',
      '    control: |\n      Протокол',
    ])
      expect(Array.isArray(problemsOf(line))).toBe(false);
  });
});
