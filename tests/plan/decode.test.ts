import { describe, expect, it } from 'vitest';
import { decodePlan, maxPlanBytes } from '../../src/plan/decode.js';
import { problemsOf } from '../_fixtures/problems.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodePlan', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    expect(decodePlan(bytes('\uFEFForganization: { name: Колледж }'), 'p.yaml')).toBe(
      'organization: { name: Колледж }',
    );
  });

  it('refuses Windows-1251 with a hint how to save the file, at the first bad line', () => {
    const cp1251 = new Uint8Array([
      ...bytes('organization:\n  name: '),
      0xca,
      0xee,
      0xeb,
      0xeb,
      0xe5,
      0xe4,
      0xe6,
    ]);
    expect(decodePlan(cp1251, 'p.yaml')).toMatchObject({
      file: 'p.yaml',
      line: 2,
      message: expect.stringMatching(/^файл не в кодировке UTF-8/),
    });
  });

  it('refuses a binary file and an oversized one', () => {
    expect(decodePlan(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'p.yaml')).toMatchObject({
      message: expect.stringMatching(/^это не текстовый файл/),
    });
    expect(decodePlan(new Uint8Array(maxPlanBytes + 1).fill(0x61), 'p.yaml')).toMatchObject({
      message: expect.stringMatching(/больше 64 МБ/),
    });
  });

  it('accepts a plan of several megabytes (a 10,000-row roadmap is 5.5 MB)', () => {
    expect(typeof decodePlan(new Uint8Array(6 * 1024 * 1024).fill(0x61), 'p.yaml')).toBe('string');
  });

  it("tells a UTF-16 file (Notepad's «Юникод»), with or without its byte order mark, to be saved in UTF-8", () => {
    const utf16 = (s: string, bom: boolean) =>
      new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(s, 'utf16le')]);
    for (const bom of [true, false]) {
      expect(decodePlan(utf16('organization:\n  name: Колледж\n', bom), 'p.yaml')).toMatchObject({
        message: expect.stringMatching(
          /UTF-16 \(в Блокноте она называется «Юникод»\); сохраните его в UTF-8/,
        ),
      });
    }
  });
});

describe('loadYaml limits', () => {
  it('stops an alias bomb with a message, not a crash', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    expect(problemsOf(`${levels.join('\n')}\n`)).toEqual([
      // The first alias: «*a» on line 2.
      '2:8: слишком много ссылок-псевдонимов (*имя) — план разворачивается в огромный объём; уберите их',
    ]);
  });

  it('refuses nesting deeper than 64 levels', () => {
    expect(problemsOf(`a: ${'['.repeat(70)}${']'.repeat(70)}\n`)).toEqual([
      // The 65th level: the 64th bracket after the root mapping.
      '1:67: вложенность глубже 64 уровней — проверьте отступы',
    ]);
  });
});
