import { describe, expect, it } from 'vitest';
import { toInstrumentalTitle } from '../../src/language/title-instrumental.js';

describe('toInstrumentalTitle', () => {
  it('puts the head phrase of a local act after «с»: nouns with fleeting vowels, adjectives that agree', () => {
    expect(toInstrumentalTitle('Положение о наставничестве')).toBe('Положением о наставничестве');
    expect(toInstrumentalTitle('Порядок приёма обучающихся')).toBe('порядком приёма обучающихся');
    expect(toInstrumentalTitle('Правила внутреннего трудового распорядка')).toBe(
      'правилами внутреннего трудового распорядка',
    );
    expect(toInstrumentalTitle('Дорожная карта реализации проекта')).toBe(
      'дорожной картой реализации проекта',
    );
    expect(toInstrumentalTitle('Календарный план-график')).toBeUndefined(); // «план-график» is not in the table
    expect(toInstrumentalTitle('Календарный план работы')).toBe('календарным планом работы');
    expect(toInstrumentalTitle('Должностная инструкция учителя')).toBe('должностной инструкцией учителя');
    expect(toInstrumentalTitle('Перечень  документов')).toBe('перечнем документов');
  });

  it('gives up rather than guess: an unknown head noun, or a word before it that is no adjective', () => {
    expect(toInstrumentalTitle('Антикоррупционная памятка')).toBeUndefined();
    expect(toInstrumentalTitle('О порядке приёма')).toBeUndefined();
  });
});
