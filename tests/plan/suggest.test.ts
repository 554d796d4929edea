import { describe, expect, it } from 'vitest';
import { countEdits, suggest } from '../../src/plan/suggest.js';

describe('the hint for a misspelt key or id (plan/suggest.ts)', () => {
  it('offers the closest candidate within a third of the length', () => {
    expect(suggest('colums', ['columns', 'items'])).toBe('columns');
    expect(suggest('Roadmap-1', ['roadmap-1', 'order-1'])).toBe('roadmap-1');
    expect(suggest('passport', ['roadmap', 'order'])).toBeUndefined();
    expect(countEdits('ab', 'ba')).toBe(1);
  });

  it('reads an id typed in Russian letters in Latin ones too (trial 9: leave_out: [положение])', () => {
    expect(suggest('положение', ['polozhenie', 'roadmap'])).toBe('polozhenie');
    expect(suggest('дорожная-карта', ['dorozhnaya-karta', 'prikaz'])).toBe('dorozhnaya-karta');
    expect(suggest('приказ', ['roadmap', 'passport'])).toBeUndefined();
  });
});
