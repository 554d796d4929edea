import { describe, expect, it } from 'vitest';
import { mendTexts } from '../../src/import/mend-texts.js';
import { mendMixedScript } from '../../src/import/mixed-script.js';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of a Russian word typed with one Latin letter', () => {
  it('writes «Cоставлена» (Latin C) in Cyrillic and says so above the value', async () => {
    const { plan, yaml } = await importGenerated([
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Результат'],
        ['1.', 'Анализ SWOT и заданий PISA', 'октябрь 2021 г.', 'Cоставлена SWOT-матрица проекта'],
      ]),
    ]);
    const items = (plan.documents[0] as { items: { activity: string; result: string }[] }).items;
    expect(items[0]!.result).toBe('Составлена SWOT-матрица проекта');
    expect(items[0]!.result).not.toMatch(/\p{Script=Latin}о/u);
    expect(items[0]!.activity).toBe('Анализ SWOT и заданий PISA');
    expect(yaml).toMatch(/# импорт: [^\n]*«Cоставлена» → «Составлена»[^\n]*\n\s+result: Составлена/);
  });

  it('leaves Latin words, words with two Latin letters and keys as they are', () => {
    const plan = { people: { petrova: { name: 'Петрова Е.А.' } }, text: 'PISA, SWOT, MOДEЛЬ, Excel-таблица' };
    expect(mendTexts(plan, mendMixedScript)).toEqual({ value: plan, notes: [] });
  });
});
