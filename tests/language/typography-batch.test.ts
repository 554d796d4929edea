import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { listPlanTexts } from '../../src/plan/plan-texts.js';
import type { Plan } from '../../src/plan/schema/plan.js';

type Typography = typeof import('../../src/language/typography.js');

/** A fresh copy of the module: its own, empty, cache of results. */
async function loadTypography(): Promise<Typography> {
  vi.resetModules();
  return import('../../src/language/typography.js');
}

/** Every text typographed alone, in a copy of the module that never joins texts. */
async function typographAlone(texts: readonly string[]): Promise<string[]> {
  const alone = await loadTypography();
  return texts.map((text) => alone.typographText(text));
}

/** The same texts typographed ahead, together (typographAhead), and then read back. */
async function typographTogether(texts: readonly string[]): Promise<{ results: string[]; ahead: number }> {
  const together = await loadTypography();
  const ahead = together.typographAhead(texts);
  return { results: texts.map((text) => together.typographText(text)), ahead };
}

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const planTexts = [
  ...new Set(
    readdirSync(dataDir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => [...listPlanTexts(parse(readFileSync(join(dataDir, f), 'utf8')) as Plan)]),
  ),
];

const nb = '\u00A0';
/** Pieces of what plans hold, where the enabled rules and our own look: at the start and end of a text too. */
const pieces = [
  'в',
  'к',
  'и',
  'с',
  'на',
  'по',
  'о',
  'не',
  'мероприятие',
  'педагогов',
  'исполняющий',
  '3 шт.',
  'шт.',
  '36 ак. ч.',
  'ак. ч.',
  'не менее 10',
  'менее',
  '10',
  'м',
  'обязанности',
  'Этап',
  'ООО',
  'НИИ',
  'Самара',
  'Ёлкин',
  '2021',
  '2020-2021',
  '2020 - 2021',
  '1-5',
  '10 — 15',
  '10:00 – 12:00',
  '01.11.2021',
  '№ 5',
  '№5',
  '№ ПР-12',
  'г.',
  'г',
  '2021 г',
  '2021г.',
  '2021год',
  '2021 года',
  '2020–2021 гг.',
  'стр. 5',
  'см. рис',
  'им. Пушкина',
  '5 тыс.',
  '10 руб.',
  '5 коп.',
  '1-2 января',
  '5 мая',
  '12 сен',
  'сентябрь 2021',
  '...',
  '....',
  '—',
  '-',
  '–',
  'г. Самара',
  'ул. Ленина',
  'д. 5',
  'ч. 3',
  'Г.В. Иванова',
  'Иванова Г. В.',
  'www.site.ru',
  'https://a.ru/x',
  'a@b.ru',
  '>=',
  '<=',
  '≥ 5',
  'т.д.',
  '(',
  ')',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '"',
  '«',
  '»',
  '<b>',
  '&amp;',
  // what our own rules look for (typography-rules.ts)
  ...[
    'Г. В.',
    'Г.В.',
    'Алейкина',
    'Г.В.Алейкина',
    'Алейкина Г.В.',
    'Иванов-Петров',
    'тел. 8-800',
    "'Основы'",
    "О'Нил",
    '‘Основы’',
    '5-9 классов',
  ],
  ...[
    '№ 12-5',
    '01.11.2021 – 15.11.2021',
    '‒',
    '--',
    '==>',
    '<=>',
    'г.о.',
    'пп. 2',
    'абз. 3',
    'кв. 5',
    'эт. 2',
  ],
  ...[
    'обл.',
    'с.',
    'дом 3',
    'сентябре',
    'в сентябре 2021',
    '1 октября 2020',
    '2036 года',
    '2025 году',
    '2020 гг.',
  ],
  ...['№', '№ Р-174', '-5', '0,5'],
];
const gaps = [' ', ' ', ' ', '', '  ', nb, '\t', '\n', ' \n ', '\n\n'];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));

describe('typographAhead', () => {
  it('gives every text of the example plans what typographText gives it alone, and does most of them ahead', async () => {
    const alone = await typographAlone(planTexts);
    const { results, ahead } = await typographTogether(planTexts);
    expect(results).toEqual(alone);
    // Only texts with quotes, tags or entities are left to be typographed one by one.
    expect(ahead).toBeGreaterThan(planTexts.length * 0.7);
  });

  it("gives texts made of what the rules, typograf's and ours, look for, at their starts and ends, the same results as alone", async () => {
    const texts = [...new Set(fc.sample(textArb, { numRuns: 6000, seed: 19 }))];
    const alone = await typographAlone(texts);
    const { results, ahead } = await typographTogether(texts);
    texts.forEach((text, i) => {
      expect({ text, result: results[i] }).toEqual({ text, result: alone[i] });
    });
    expect(ahead).toBeGreaterThan(texts.length * 0.4);
  });

  it('leaves alone a text whose result depends on being alone: quotes, tags, a year glued to «год» at its start', async () => {
    const { typographAhead } = await loadTypography();
    expect(
      typographAhead(['"Кавычки"', 'a <b>тег</b>', '2021год начался', 'обычный текст', 'ещё один']),
    ).toBe(2);
  });
});
