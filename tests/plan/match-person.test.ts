import { describe, expect, it } from 'vitest';
import { findNamesakes, matchPerson, shapeOfPersonRef } from '../../src/plan/match-person.js';

const people = {
  gulyay: { name: 'Гуляй Никита Ильич', position: 'Учитель' },
  koh: { name: 'Кох Любовь Ильинична', position: 'Директор' },
};

describe('matchPerson', () => {
  it.each([
    'gulyay',
    'Гуляй Н.И.',
    'Гуляй Н. И.',
    'Н.И. Гуляй',
    'Гуляй Никита Ильич',
    'гуляй н.и.',
    'ГУЛЯЙ Н.И.',
    'Гуляй',
    'гуляй',
  ])('finds the person «%s» names, however it is capitalised', (value) => {
    expect(matchPerson(value, people)).toBe('gulyay');
  });

  it('takes a name typed in lower case for a name, not for text printed as typed', () => {
    expect(shapeOfPersonRef('гуляев н.и.')).toBe('name');
    expect(matchPerson('гуляев н.и.', people)).toBeUndefined();
    expect(shapeOfPersonRef('кураторы групп')).toBe('text');
    expect(shapeOfPersonRef('воспитатели групп')).toBe('text');
    // A lower-case word that is nobody's surname stays text.
    expect(matchPerson('методисты', people)).toBeUndefined();
  });

  it('matches nobody when a name fits two people, and names them both', () => {
    const namesakes = { ...people, gulyayS: { name: 'Гуляй Семён Иванович', position: 'Учитель' } };
    expect(matchPerson('Гуляй Н. И.', namesakes)).toBe('gulyay');
    expect(matchPerson('Гуляй', namesakes)).toBeUndefined();
    expect(findNamesakes('Гуляй', namesakes)).toEqual(['gulyay', 'gulyayS']);
    expect(findNamesakes('Гуляй Н.И.', namesakes)).toEqual([]);
    expect(findNamesakes('Кох Л.И.', namesakes)).toEqual([]);
  });
});
