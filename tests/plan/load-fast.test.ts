import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { type LoadedYaml, loadYaml } from '../../src/plan/load.js';
import { loadYamlFast } from '../../src/plan/load-fast.js';
import { parsePlan } from '../../src/plan/parse-plan.js';

const root = resolve(import.meta.dirname, '../..');
const noPositions = () => {
  throw new Error('positions read on the happy path');
};
const readFast = (source: string) => loadYamlFast(source, 'plan.yaml', noPositions);
const readFull = (source: string) => {
  const loaded = loadYaml(source, 'plan.yaml');
  expect(Array.isArray(loaded), JSON.stringify(loaded)).toBe(false);
  return loaded as LoadedYaml;
};

describe('loadYamlFast', () => {
  it('reads every plan of data/ to the same data as the full reader, without positions', () => {
    const plans = readdirSync(join(root, 'data')).filter((f) => f.endsWith('.yaml'));
    expect(plans.length).toBeGreaterThan(3);
    for (const name of plans) {
      const source = readFileSync(join(root, 'data', name), 'utf8');
      expect(readFast(source)?.data, name).toEqual(readFull(source).data);
    }
  });

  it('types plain scalars as the full reader does: 045, 1.10, 0x1F, 1e3, yes stay text; 5, 1.5, true are values', () => {
    const values = [
      '045',
      '1.10',
      '0x1F',
      '0o17',
      '1e3',
      '12345678901234567890',
      '+5',
      '-0',
      '.inf',
      '.NaN',
      'yes',
      'no',
      'on',
      '2020-10-01',
      '1:20',
      '5',
      '2021',
      '-3',
      '1.5',
      '0',
      'true',
      'True',
      'TRUE',
      'false',
      'FALSE',
      '~',
      'null',
      'NULL',
      '',
      "'5'",
      '"true"',
      'Иванова М. С.',
      '«Школа» — план, № 5',
      '|\n  две\n  строки',
      '>\n  одна\n  строка',
    ];
    const source = values.map((v, i) => `k${i}: ${v}`).join('\n');
    const fast = readFast(source)?.data as Record<string, unknown>;
    expect(fast).toEqual(readFull(source).data);
    expect(fast.k0).toBe('045');
    expect(fast.k15).toBe(5);
    expect(fast.k20).toBe(true);
    expect(fast.k28).toBe(null);
  });

  it.each([
    ['an alias', 'a: &x [1]\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a complex key', '? [a, b]\n: c\n'],
    ['a tag', 'a: !!int 5\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a tab in the indentation', 'a:\n\tb: 1\n'],
    ['a character that reorders text', 'a: «\u202Eтекст»\n'],
    ['nesting near the limit', `${'- '.repeat(60)}a\n`],
    ['a list at the top', '- a\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
  ])('leaves %s to the full reader', (_, source) => {
    expect(readFast(source)).toBeUndefined();
  });
});

describe('parsePlan with the fast reader', () => {
  it('still reports a problem of a plan the fast reader read, at its YAML line', () => {
    const source = readFileSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), 'utf8');
    expect(readFast(source)).toBeDefined();
    const broken = source.replace(/^organization:/m, 'organisation:');
    const line = broken.split('\n').findIndex((l) => l.startsWith('organisation:')) + 1;
    try {
      parsePlan(broken, 'plan.yaml');
      expect.unreachable('the plan is invalid');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const problems = (e as UserError).problems;
      expect(problems.some((p) => p.line === line && /organisation/.test(p.message))).toBe(true);
    }
  });
});
