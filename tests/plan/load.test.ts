import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import type { DocumentModel } from '../../src/model/schema.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** Every text of a model, joined by spaces. */
function textOf(model: DocumentModel): string {
  const texts: string[] = [];
  JSON.stringify(model, (key, value) => {
    if (key === 'value' && typeof value === 'string') texts.push(value);
    return value;
  });
  return texts.join(' ');
}

const orderText = (source: string) => textOf(buildModels(parsePlan(source, 'plan.yaml'))[0]!.model);

describe('scalars are read as the user typed them', () => {
  it('keeps an order number with leading zeros, a letter, a hex look and 20 digits', () => {
    for (const number of ['045', '14-а', '0x1F', '12345678901234567890', '1.10', '1e3']) {
      const source = orderPackage.replace('number: 45-о', `number: ${number}`);
      expect(parsePlan(source, 'plan.yaml').documents[0]).toMatchObject({ number });
      expect(orderText(source)).toContain(`№\u00A0${number}`);
    }
  });

  it('keeps text under a %YAML 1.1 line: 1:20 is not 80, yes is not true, a date is not a timestamp', () => {
    const source = `%YAML 1.1\n---\n${orderPackage.replace('number: 45-о', 'number: 1:20')}`;
    expect(parsePlan(source, 'plan.yaml').documents[0]).toMatchObject({ number: '1:20', date: '2020-10-01' });
    const yes = `%YAML 1.1\n---\n${minimalRoadmap.replace('Информирование коллектива', 'yes')}`;
    expect(JSON.stringify(parsePlan(yes, 'plan.yaml').documents[0])).toContain('"activity":"yes"');
  });

  it('keeps numbers that are their own text and booleans as they are', () => {
    const source = minimalRoadmap.replace('    items:\n', '    column_numbers: True\n    items:\n');
    expect(parsePlan(source, 'plan.yaml').documents[0]).toMatchObject({ column_numbers: true });
    expect(problemsOf(minimalRoadmap.replace('term: 2020-10\n', 'term: 2020\n'))).toEqual([]);
  });
});

describe('text normalisation', () => {
  it('reads a decomposed й (и + U+0306) as one letter, so the position declines', () => {
    const position = 'Заместитель директора по учебно-методической работе';
    const decomposed = orderPackage.replace(position, 'Заведующий отделом'.replace('й', 'и\u0306'));
    expect(JSON.stringify(parsePlan(decomposed, 'plan.yaml'))).not.toContain('\u0306');
    expect(orderText(decomposed)).toContain('заведующего отделом');
  });

  it('reads a plan with CR-only line endings (old Mac editors) like one with LF', () => {
    const cr = minimalRoadmap.replaceAll('\n', '\r');
    expect(problemsOf(cr)).toEqual([]);
    expect(parsePlan(cr, 'plan.yaml')).toEqual(parsePlan(minimalRoadmap, 'plan.yaml'));
  });

  it('refuses bidi controls at their line and column, the same for both formats', () => {
    const source = minimalRoadmap.replace('Информирование коллектива', 'Информирование \u202Eколлектива');
    expect(problemsOf(source)).toEqual([
      '20:38: невидимый символ направления письма (U+202E) — он переставляет буквы на экране, и Word и PDF покажут текст по-разному; удалите его',
    ]);
  });
});

describe('alias expansion', () => {
  // Before the bound this plan grew past 4 GB and was killed; the time bound is for a loaded machine.
  it('refuses a plan that aliases make many times larger, though under the alias count', {
    timeout: 60_000,
  }, () => {
    // The case: 99 aliases of one anchored list of 3,000 rows (190 KB) would make 300,000 rows.
    const rows = Array.from({ length: 3000 }, (_, i) => `  - { activity: Мероприятие номер ${i} } # ${i}`);
    const lists = Array.from({ length: 99 }, (_, i) => `  l${i}: *rows`).join('\n');
    const source = `organization: { name: Колледж }\nrows: &rows\n${rows.join('\n')}\nmore:\n${lists}\n`;
    expect(problemsOf(source)).toEqual([
      '3004:7: слишком много ссылок-псевдонимов (*имя) — план разворачивается в огромный объём; уберите их',
    ]);
  });

  it('refuses an alias inside the node it names', () => {
    expect(problemsOf('organization: &a { name: Колледж, self: *a }\n')).toEqual([
      expect.stringMatching(/^1:\d+: слишком много ссылок-псевдонимов/),
    ]);
  });

  it('accepts aliases that repeat a list of people in many rows', () => {
    const rows = Array.from(
      { length: 90 },
      (_, i) =>
        `      - activity: Мероприятие ${i}\n        responsible: ${i === 0 ? '&team [spiridonova, bushina]' : '*team'}`,
    );
    const source = minimalRoadmap.replace(/ {4}items:\n[\s\S]*$/, `    items:\n${rows.join('\n')}\n`);
    expect(problemsOf(source)).toEqual([]);
  });
});
