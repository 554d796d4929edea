import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { findMissingGlyphs, toSafeGlyphs } from '../../src/language/glyphs.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

describe('glyphs', () => {
  it('knows what Liberation Serif can draw: Cyrillic, «», „“, №, dashes, no-break spaces — not emoji', () => {
    expect(findMissingGlyphs('Приказ №\u00A045-о «О „ёлке“» — 1–2 … ЁЁ')).toEqual([]);
    expect(findMissingGlyphs('Итоги 😀 ✓')).toEqual(['😀', '✓']);
  });

  it('maps the characters with a safe equivalent (non-breaking hyphen, word joiner)', () => {
    expect(toSafeGlyphs('учебно\u2011методической\u2060')).toBe('учебно-методической');
    const plan = parsePlan(
      minimalRoadmap.replace('Информирование коллектива', 'Пресс\u2011релиз'),
      'plan.yaml',
    );
    expect(JSON.stringify(buildModels(plan, { createdAt: new Date(0) })[0]!.model)).toContain('Пресс-релиз');
  });

  it('rejects a character the font lacks, at its YAML line, naming it', () => {
    expect(
      problemsOf(minimalRoadmap.replace('Информирование коллектива', 'Информирование 😀 коллектива')),
    ).toEqual([
      '20:23: символа «😀» (U+1F600) нет в шрифте документа — он не напечатается; замените его обычным текстом',
    ]);
  });

  it('rejects a control character without printing it', () => {
    const [problem] = problemsOf(
      minimalRoadmap.replace('Информирование коллектива', '"Информирование\\u0007 коллектива"'),
    );
    expect(problem).toBe(
      '20:23: невидимый управляющий символ (U+0007) — обычно попадает при копировании из другой программы; удалите его',
    );
  });

  it('rejects a person key with a Cyrillic look-alike letter, which would print as text', () => {
    expect(
      problemsOf(minimalRoadmap.replace('responsible: spiridonova\n', 'responsible: spiridonovа\n')),
    ).toEqual([
      '18:22: в слове «spiridonovа» 11-я буква «а» русская, а остальные латинские: на вид они одинаковы, но такое слово не узнать как ключ, месяц или имя, а в документе его не найти поиском; напишите «spiridonova»',
    ]);
  });

  it('rejects a month with a Latin look-alike letter, which would not be read as a term', () => {
    expect(problemsOf(minimalRoadmap.replace('term: 2020-10\n', 'term: oктябрь 2020 г.\n'))).toEqual([
      '21:19: в слове «oктябрь» 1-я буква «o» латинская, а остальные русские: на вид они одинаковы, но такое слово не узнать как ключ, месяц или имя, а в документе его не найти поиском; напишите «октябрь»',
    ]);
  });

  it('passes words of one alphabet each, hyphenated together', () => {
    expect(
      problemsOf(
        minimalRoadmap.replace('Информирование коллектива', 'Информирование «IT-куб» и STEM-центра'),
      ),
    ).toEqual([]);
  });
});
