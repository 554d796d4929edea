import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/plan/schema/plan.js';
import { collectSchemaKeys } from '../../src/plan/schema-keys.js';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a key at the start of a text, its colon left out', () => {
  it('is an error at an order’s clause, with the item as it should be written', () => {
    const plan = orderPackage.replace(
      '- Подготовить пресс-релиз',
      '- text Подготовить пресс-релиз для сайта',
    );
    expect(problemsOf(plan)).toEqual([
      `${lineOf(plan, '- text Подготовить')}:13: похоже, пропущено двоеточие после ключа «text»: без него ключ напечатался бы как часть текста — напишите «- text: Подготовить пресс-релиз …»`,
    ]);
  });

  it('is an error at a regulation’s clause and at a roadmap’s cell, without a dash where the text is no list item', () => {
    const plan = orderPackage
      .replace('- Настоящее Положение регулирует', '- text Настоящее Положение регулирует')
      .replace('{ activity: Подготовка условий }', '{ activity: result Подготовка }');
    expect(problemsOf(plan)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(plan, 'activity: result')}:\\d+: .*ключа «result».*напишите «result: Подготовка»$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${lineOf(plan, '- text Настоящее')}:13: .*напишите «- text: Настоящее Положение …»$`),
      ),
    ]);
  });

  it('names a colon with no space after it as such', () => {
    const plan = orderPackage.replace('- approve: regulation', '- approve:regulation');
    expect(problemsOf(plan)).toContain(
      `${lineOf(plan, 'approve:regulation')}:9: похоже, после двоеточия за ключом «approve» нет пробела: без него ключ напечатался бы как часть текста — напишите «- approve: regulation»`,
    );
  });

  it('passes a key in the middle of a text, a capitalised English word, a key alone and a word a key begins', () => {
    for (const clause of [
      'Проверить text и approve',
      'Title of the programme',
      'text',
      'texts of the programme',
      'Text: проверить',
    ]) {
      const plan = orderPackage.replace('- Подготовить пресс-релиз', `- "${clause}"`);
      expect(problemsOf(plan), clause).toEqual([]);
    }
  });
});

describe('the keys of the plan', () => {
  it('are every key of the schema, deep ones too', () => {
    const keys = collectSchemaKeys(planSchema);
    for (const key of ['text', 'approve', 'activity', 'stage_word', 'valid_from', 'blank_rows', 'rowspan'])
      expect(keys.has(key), key).toBe(true);
    expect(keys.has('Text')).toBe(false);
  });
});
