import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/plan/load.js';
import { loadYamlFast } from '../../src/plan/load-fast.js';

const problemsOf = (source: string) => {
  const loaded = loadYaml(source, 'plan.yaml');
  return Array.isArray(loaded) ? loaded.map((p) => `${p.line}:${p.column}: ${p.message}`) : [];
};

describe('a value cut short by « #» glued to a word', () => {
  it('is an error at the «#», naming what the document would lose and how to keep it', () => {
    expect(problemsOf('items:\n  - result: Приказ #12 от 01.09\n')).toEqual([
      '2:20: после « #» YAML считает текст комментарием: в документ попадёт только «Приказ», без «#12 от 01.09»; если это часть текста, заключите всё значение в кавычки: "Приказ #12 от 01.09", а если комментарий — поставьте пробел после «#»',
    ]);
  });

  it('is found in a list item and in a value over two lines', () => {
    const source = 'evidence:\n  - Проект #Наставник\nresult: Очень длинный\n  текст  #хэштег\n';
    expect(problemsOf(source).map((p) => p.split(': ')[0])).toEqual(['2:12', '4:10']);
    expect(problemsOf(source)[1]).toContain('только «Очень длинный текст», без «#хэштег»');
  });

  it('leaves comments written as comments, and « #» inside quotes or a block of text', () => {
    const source = [
      '#комментарий на своей строке',
      'a: текст # комментарий через пробел',
      'b: "Проект #Наставник"',
      "c: 'Проект #Наставник'",
      'd: |',
      '  строка #тег',
      'e: C# и C++',
      'f: #пустое значение',
      '',
    ].join('\n');
    expect(problemsOf(source)).toEqual([]);
  });

  it('sends such a file to the full reader, and reads the others fast', () => {
    const fast = (source: string) =>
      loadYamlFast(source, 'plan.yaml', () => {
        throw new Error('positions');
      });
    expect(fast('a: Приказ #12\n')).toBeUndefined();
    expect(fast('a: "Приказ #12"\nb: текст # комментарий\n')?.data).toEqual({ a: 'Приказ #12', b: 'текст' });
  });
});
