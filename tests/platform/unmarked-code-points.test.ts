import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isUnmarkedCodePoint } from '../../src/platform/unmarked-code-points.js';

const require = createRequire(import.meta.url);
const { isMark } = require(createRequire(require.resolve('fontkit')).resolve('unicode-properties')) as {
  isMark(codePoint: number): boolean;
};

describe('code points without combining marks (unmarked-code-points.ts)', () => {
  it('says no mark only where unicode-properties says so too, for every code point of the BMP', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++)
      if (isUnmarkedCodePoint(cp) && isMark(cp)) wrong.push(cp.toString(16));
    expect(wrong).toEqual([]);
  });

  it('covers the text of Russian documents: Cyrillic, Latin, punctuation, «№», quotes, dashes, ≥', () => {
    const text = 'Приказ № 45-о «О сетевом взаимодействии» — 2021–2022 гг., Ёлкин Й. A-z … „“ ₽ ≥ 5';
    expect([...text].filter((ch) => !isUnmarkedCodePoint(ch.codePointAt(0)!))).toEqual([]);
    expect(isUnmarkedCodePoint(0x301)).toBe(false); // a combining acute accent is a mark
  });
});
