import { describe, expect, it } from 'vitest';
import { matchPerson, shapeOfPersonRef } from '../../src/plan/match-person.js';

const people = {
  gulyay: { name: 'Гуляй Никита Ильич', position: 'Учитель' },
  koh: { name: 'Кох Любовь Ильинична', position: 'Директор' },
};

describe('matchPerson', () => {
  it.each([
    'gulyay',
    'Гуляй Н.И.',
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
});
