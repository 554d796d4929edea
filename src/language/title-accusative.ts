import { grammaticalGender } from './approval-word.js';

/**
 * A document title as the object of «Утвердить …»: «Дорожная карта реализации …» → «дорожную карту реализации …»,
 * «План мероприятий» → «план мероприятий». Only feminine head phrases change (inanimate masculine, neuter and plural
 * accusatives equal the nominative). «Положение …» keeps its capital, as official texts write it.
 */
export function toAccusativeTitle(title: string): string {
  const words = title.split(' ');
  if (grammaticalGender(title) === 'f') {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const adjective = /(ая|яя)$/i.test(word);
      words[i] = word
        .replace(/ая$/i, 'ую')
        .replace(/яя$/i, 'юю')
        .replace(/([^аеиоуыэюяь])а$/i, '$1у')
        .replace(/([^аеиоуыэюя])я$/i, '$1ю') // земля → землю, статья → статью, инструкция → инструкцию
        .replace(/ия$/i, 'ию');
      if (!adjective) break; // the head noun ends the phrase that agrees
    }
  }
  const first = words[0] ?? '';
  const keepCapital = /^положени/i.test(first) || /^[А-ЯЁA-Z]{2,}/.test(first);
  if (!keepCapital) words[0] = first.charAt(0).toLocaleLowerCase('ru') + first.slice(1);
  return words.join(' ');
}
