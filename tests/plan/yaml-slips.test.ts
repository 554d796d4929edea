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
