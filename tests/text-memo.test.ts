import { describe, expect, it, vi } from 'vitest';
import { createTextMemo } from '../src/text-memo.js';

describe('createTextMemo', () => {
  it('makes a value once per key, and empties itself when it holds its limit', () => {
    const memo = createTextMemo<{ n: number }>(2);
    const make = vi.fn((n: number) => ({ n }));
    const first = memo('a', () => make(1));
    expect(memo('a', () => make(9))).toBe(first);
    memo('b', () => make(2));
    expect(make).toHaveBeenCalledTimes(2);
    memo('c', () => make(3)); // full: emptied before «c» is kept
    expect(memo('a', () => make(4))).toEqual({ n: 4 });
    expect(make).toHaveBeenCalledTimes(4);
  });
});
