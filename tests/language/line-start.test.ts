import { describe, expect, it } from 'vitest';
import { toLineStart } from '../../src/language/line-start.js';

describe('toLineStart', () => {
  it('capitalises the first letter only', () => {
    expect(toLineStart('учитель технологии')).toBe('Учитель технологии');
    expect(toLineStart('и.о. директора')).toBe('И.о. директора');
  });

  it('leaves a text that starts with a capital, a digit or a quote as it is', () => {
    expect(toLineStart('Педагог-психолог')).toBe('Педагог-психолог');
    expect(toLineStart('«Учитель года»')).toBe('«Учитель года»');
    expect(toLineStart('')).toBe('');
  });
});
