import { describe, expect, it } from 'vitest';
import { findPositionNominative } from '../../src/language/position-nominative.js';

describe('findPositionNominative', () => {
  it('reads a position in a case back into the nominative', () => {
    expect(findPositionNominative('заместителя директора по научно-методической работе', 'accusative')).toBe(
      'Заместитель директора по научно-методической работе',
    );
    expect(findPositionNominative('методисту', 'dative')).toBe('Методист');
    expect(findPositionNominative('старшего методиста', 'accusative')).toBe('Старший методист');
    expect(findPositionNominative('педагога-психолога', 'genitive')).toBe('Педагог-психолог');
    expect(findPositionNominative('заведующую отделением', 'accusative')).toBe('Заведующая отделением');
  });

  it('finds nothing where no position declines into the words', () => {
    expect(findPositionNominative('руководителем проекта', 'accusative')).toBeUndefined();
    expect(findPositionNominative('благодарность', 'dative')).toBeUndefined();
  });
});
