import { describe, expect, it } from 'vitest';
import { toLatinKey, toPersonKey } from '../../src/language/latin-key.js';

describe('toPersonKey', () => {
  it('writes the surname in Latin letters, numbered when the key is taken', () => {
    expect(toPersonKey('Спиридонова', new Set())).toBe('spiridonova');
    expect(toPersonKey('Иванова', new Set(['ivanova']))).toBe('ivanova-2');
    expect(toPersonKey('Иванова', new Set(['ivanova', 'ivanova-2']))).toBe('ivanova-3');
    expect(toPersonKey('Артёмова', new Set())).toBe('artemova');
  });

  it('gives «person» to a surname with no letters to write', () => {
    expect(toPersonKey('—', new Set())).toBe('person');
  });
});

describe('toLatinKey', () => {
  it('joins the words of a column title with _', () => {
    expect(toLatinKey('Сетевые партнёры', new Set())).toBe('setevie_partneri');
    expect(toLatinKey('', new Set(['column']))).toBe('column_2');
  });
});
