import { describe, expect, it } from 'vitest';
import { toPlanJsonSchema } from '../../src/plan/json-schema.js';
import { russianKeys, translateKey } from '../../src/plan/russian-keys.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** Every property name anywhere in the plan's JSON Schema. */
function schemaKeys(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaKeys(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties') for (const name of Object.keys(value as object)) into.add(name);
      schemaKeys(value, into);
    }
  }
  return into;
}

describe('Russian words for keys', () => {
  it('answer «используйте activity» for the keys users type in Russian, at their line', () => {
    const source = minimalRoadmap
      .replace('      - activity: Подготовка', '      - мероприятие: Подготовка')
      .replace(
        '        responsible: spiridonova\n        items:',
        '        ответственный: spiridonova\n        items:',
      );
    expect(problemsOf(source)).toEqual([
      '16:9: ключи плана пишутся по-английски: вместо «мероприятие» используйте activity',
      '18:9: ключи плана пишутся по-английски: вместо «ответственный» используйте responsible',
    ]);
    expect(problemsOf(minimalRoadmap.replace('    title:', '    Заголовок:'))).toEqual([
      '12:5: ключи плана пишутся по-английски: вместо «Заголовок» используйте title',
    ]);
  });

  it('suggest the key that may stand at that place', () => {
    expect(translateKey('наименование', ['name', 'short_name'])).toBe('name');
    expect(translateKey('наименование', ['title', 'items'])).toBe('title');
    expect(translateKey('Сроки реализации', ['term'])).toBe('term');
    expect(translateKey('сроки', ['name'])).toBeUndefined();
    expect(translateKey('constructor', ['name'])).toBeUndefined();
  });

  it('cover every key of the plan', () => {
    const covered = new Set(Object.values(russianKeys).flat());
    const missing = [...schemaKeys(toPlanJsonSchema())].filter((key) => !covered.has(key) && key !== 'type');
    expect(missing).toEqual([]);
  });
});
