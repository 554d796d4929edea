import { describe, expect, it } from 'vitest';
import { findEnglishKey } from '../../src/plan/english-keys.js';
import { planSchema } from '../../src/plan/schema/plan.js';
import { collectSchemaKeys } from '../../src/plan/schema-keys.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

describe('English words for keys', () => {
  it('suggest the plan key where the word is too unlike it for a typo', () => {
    const stages = minimalRoadmap
      .replace('    items:\n      - activity: Подготовка', '    stages:\n      - title: Подготовка')
      .replace('        responsible: spiridonova\n        items:\n', '        events:\n');
    expect(problemsOf(stages)).toEqual([
      '16:9: у этапа «Подготовка условий для запуска программы» нет мероприятий: добавьте их списком items под названием и сроком этапа — items:, а под ним - activity: …',
      '18:9: неизвестный ключ «events»; возможно, имелось в виду «items»',
    ]);
    expect(problemsOf(minimalRoadmap.replace('term: 2020-10\n', 'deadline: 2020-10\n'))).toEqual([
      '21:13: неизвестный ключ «deadline»: такого столбца нет в columns; возможно, имелось в виду «term»',
    ]);
  });

  it('suggest only a key allowed at the place, never the word itself', () => {
    expect(findEnglishKey('Events', ['items', 'title'])).toBe('items');
    expect(findEnglishKey('deadline', ['name', 'short_name'])).toBeUndefined();
    expect(findEnglishKey('rows', ['rows', 'items'])).toBe('items');
    expect(findEnglishKey('constructor', ['items'])).toBeUndefined();
  });

  it('map only to keys the plan has', () => {
    const known = collectSchemaKeys(planSchema);
    for (const word of ['events', 'deadline', 'owner', 'phases', 'results', 'staff', 'partners'])
      expect(known.has(findEnglishKey(word, known) ?? '')).toBe(true);
  });
});
