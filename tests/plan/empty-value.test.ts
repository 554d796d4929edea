import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The problems of the minimal roadmap with `written` put in place of `line`. */
const problemsWith = (line: string, written: string) => problemsOf(minimalRoadmap.replace(line, written));

describe('a key with nothing after it', () => {
  it('asks for a text, or to remove the key, where the key takes a text or a list of texts', () => {
    expect(problemsWith('        responsible: spiridonova\n', '        responsible:\n')).toEqual([
      '18:21: значение пустое: напишите текст или уберите ключ «responsible»',
    ]);
    expect(problemsWith('short_name: ГАПОУ "ЧПК"', 'short_name:')).toEqual([
      '3:14: значение пустое: напишите текст или уберите ключ «short_name»',
    ]);
  });

  it('asks for a text in a cell that also takes a list', () => {
    const plan = minimalRoadmap
      .replace('columns: [number, activity, term, responsible]', 'columns: [number, activity, term, result]')
      .replace('            responsible: [spiridonova, bushina]', '            result:');
    expect(problemsOf(plan)).toEqual(['22:20: значение пустое: напишите текст или уберите ключ «result»']);
  });

  it('asks for a list where only a list goes', () => {
    expect(problemsWith('columns: [number, activity, term, responsible]', 'columns:')).toEqual([
      expect.stringMatching(/^14:13: значение пустое: напишите список \(.*\) или уберите ключ «columns»$/),
    ]);
  });

  it('does not offer to remove a key that cannot be left out', () => {
    expect(problemsWith('people:\n', 'people:\n  empty:\n')).toEqual([
      expect.stringMatching(/^6:9: значение пустое: напишите набор «ключ: значение» \(.*\)$/),
    ]);
  });
});
