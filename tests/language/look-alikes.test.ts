import { describe, expect, it } from 'vitest';
import { findMixedLetter } from '../../src/language/look-alikes.js';

describe('findMixedLetter', () => {
  it('finds a Cyrillic letter in a Latin key and gives the key', () => {
    expect(findMixedLetter('gorelovа')).toEqual({
      word: 'gorelovа',
      position: 8,
      letter: 'а',
      alphabet: 'cyrillic',
      fixed: 'gorelova',
    });
  });

  it('finds a Latin letter in a Russian word and gives the Russian word', () => {
    expect(findMixedLetter('cентябрь 2027 г.')).toMatchObject({
      position: 1,
      letter: 'c',
      fixed: 'сентябрь',
    });
    expect(findMixedLetter('Зайцевa Анна')).toMatchObject({
      word: 'Зайцевa',
      alphabet: 'latin',
      fixed: 'Зайцева',
    });
    expect(findMixedLetter('ТEXНОЛОГИЯ')).toMatchObject({ position: 2, letter: 'E', fixed: 'ТЕХНОЛОГИЯ' });
  });

  it('gives no fix for a letter with no look-alike', () => {
    expect(findMixedLetter('Сопровождениеb')).toMatchObject({ letter: 'b', fixed: undefined });
  });

  it.each([
    'Центр «IT-куб»',
    '3D-моделирование',
    'Microsoft Word и Яндекс.Учебник',
    'STEM-образование',
    'Олексій Гнатюк',
    'spiridonova',
    'Информирование коллектива',
  ])('leaves «%s» alone: each word in one alphabet', (value) => {
    expect(findMixedLetter(value)).toBeUndefined();
  });
});
