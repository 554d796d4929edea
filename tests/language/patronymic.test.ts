import { describe, expect, it } from 'vitest';
import { patronymicEnd, patronymicInAnyCase, turkicPatronymicEnd } from '../../src/language/patronymic.js';

const nominative = new RegExp(`^[А-ЯЁ][а-яё]+(?:${patronymicEnd}|${turkicPatronymicEnd})$`, 'u');
const anyCase = new RegExp(`^[А-ЯЁ][а-яё]+${patronymicInAnyCase}$`, 'u');

describe('a patronymic (language/patronymic.ts)', () => {
  it('in the nominative: «-вич», «-ьич», «-вна», «-чна» and the Turkic one, never a surname in «-ич»', () => {
    for (const word of [
      'Николаевич',
      'Ильич',
      'Николаевна',
      'Ильинична',
      'Саввична',
      'Рамизоглы',
      'Рамизкызы',
    ])
      expect(word).toMatch(nominative);
    for (const word of ['Бабич', 'Пашич', 'Николаевичу', 'Главная', 'Ивановна-Петрова'])
      expect(word).not.toMatch(nominative);
  });

  it('in any case, its endings exact: no adjective in «-вная», «-вные»', () => {
    const forms = ['Петрович', 'Петровича', 'Петровичу', 'Петровичем', 'Петровиче', 'Ильичом'];
    const female = ['Петровна', 'Петровны', 'Петровне', 'Петровну', 'Петровной', 'Петровною', 'Ильиничной'];
    for (const word of [...forms, ...female]) expect(word).toMatch(anyCase);
    for (const word of ['Бабич', 'Административная', 'Основные', 'Главное'])
      expect(word).not.toMatch(anyCase);
  });
});
