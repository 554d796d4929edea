import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const withResult = (result: string) =>
  minimalRoadmap
    .replace(
      'columns: [number, activity, term, responsible]',
      'columns: [number, activity, term, responsible, result]',
    )
    .replace(
      '            responsible: [spiridonova, bushina]\n',
      `            responsible: [spiridonova, bushina]\n            result: ${result}\n`,
    );

describe('a text typed with «&» or «*» at its start, which YAML reads without an error', () => {
  it('names the anchor that would swallow the start of the text, and what would be printed', () => {
    expect(problemsOf(withResult('&Протокол заседания'))).toEqual([
      '23:21: текст начинается с «&», и YAML принял «&Протокол» за метку для ссылок: в документ попадёт только «заседания»; заключите весь текст в кавычки: result: "&Протокол заседания"',
    ]);
  });

  it('names a reference to an anchor the file does not have, in brackets the one item', () => {
    expect(problemsOf(withResult('*Протокол'))[0]).toBe(
      '23:21: «*Протокол» — это ссылка на метку «&Протокол», а такой метки в файле выше нет; если это текст, заключите его в кавычки: result: "*Протокол"',
    );
    expect(problemsOf(withResult('[*Протокол, справка]'))[0]).toMatch(
      /^23:22: .*заключите его в кавычки: "\*Протокол"$/,
    );
  });

  it('leaves anchors that aliases name, and «&» inside a text or in quotes, alone', () => {
    const team = minimalRoadmap
      .replace('responsible: spiridonova\n        items:', 'responsible: &lead spiridonova\n        items:')
      .replace('responsible: [spiridonova, bushina]', 'responsible: *lead');
    expect(problemsOf(team)).toEqual([]);
    expect(problemsOf(withResult('Отчёт R&D и смета & план'))).toEqual([]);
    expect(problemsOf(withResult('"&Протокол заседания"'))).toEqual([]);
  });
});
