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

describe('a list item pressed left of the items above it', () => {
  const clauses = (third: string) => order(`      - Провести семинар\n${third}`);

  it('is named at its dash, with how many spaces it lacks, also when the parser stops a line below', () => {
    const [problem] = loadYaml(clauses('     - Подготовить отчёт'), 'plan.yaml') as readonly Problem[];
    expect(problem).toMatchObject({
      line: 12,
      column: 6,
      message:
        'ошибка синтаксиса YAML: элемент списка сдвинут левее соседних на 1 пробел: поставьте «-» ровно под «-» элемента выше',
    });
    const roadmapItem = `organization:\n  name: Школа\n  head: ivanova\ndocuments:\n  - type: roadmap\n    title: План\n    items:\n      - activity: Сбор\n        term: 2025-10\n     - activity: Семинар\n       term: 2025-11\n`;
    expect((loadYaml(roadmapItem, 'plan.yaml') as readonly Problem[])[0]).toMatchObject({
      line: 10,
      column: 6,
    });
  });

  it('leaves an item of the outer list, whose column a line above holds, alone', () => {
    const nested = order(
      '      - text: Создать группу\n        clauses:\n          - Назначить\n      - Провести семинар',
    );
    expect(Array.isArray(loadYaml(nested, 'plan.yaml'))).toBe(false);
  });
});

describe('a line of a list typed without its «- »', () => {
  it('is named at the line, under the dashes of the items above', () => {
    const [problem] = loadYaml(order('      Провести семинар в 15:00'), 'plan.yaml') as readonly Problem[];
    expect(problem).toMatchObject({
      line: 11,
      column: 7,
      message:
        'ошибка синтаксиса YAML: у элемента списка нет «- »: строка стоит под «-» элементов выше, но сама без него — поставьте «- » в её начале',
    });
  });

  it('leaves a text going on over lines indented deeper than the dash alone', () => {
    expect(Array.isArray(loadYaml(order('        и провести семинар'), 'plan.yaml'))).toBe(false);
  });
});
