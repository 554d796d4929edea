/**
 * A full name typed out of order in `people`: «Ольга Николаевна Кравцова» (as in an e-mail signature) or
 * «Курочкина Алексеевна Светлана». Names are read «Фамилия Имя Отчество» (names.ts), so either would print
 * «Н.К. Ольга» or «Курочкина А.С.» in every signature.
 */

import { patronymicEnd } from './patronymic.js';

/** A patronymic in the nominative (patronymic.ts: not «Бабич», a surname). */
const patronymic = new RegExp(`^\\p{Lu}\\p{Ll}+${patronymicEnd}$`, 'u');
/** A capitalised Cyrillic word, maybe double (Петрова-Водкина): a word a full name is made of. */
const nameWord = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*$/u;
/** Surname endings by gender: a man's «Кравцов», «Ильин», «Вяземский»; a woman's «Кравцова», «Ильина», «Вяземская». */
const surnameEnds = {
  male: /(?:ов|ёв|ев|ин|ын|ский|цкий|ской|цкой)$/u,
  female: /(?:ова|ёва|ева|ина|ына|ская|цкая)$/u,
} as const;

/**
 * First names that end as a surname does («Галина Викторовна Алейкина»): read as first names, so that the surname
 * can still be told. A name not here and ending so leaves the order unguessed.
 */
const firstNamesLikeSurnames = new Set([
  ...['Галина', 'Марина', 'Ирина', 'Полина', 'Алина', 'Арина', 'Кристина', 'Екатерина', 'Валентина', 'Нина'],
  ...[
    'Карина',
    'Регина',
    'Дина',
    'Зарина',
    'Ангелина',
    'Альбина',
    'Эвелина',
    'Антонина',
    'Каролина',
    'Мадина',
  ],
  ...[
    'Амина',
    'Элина',
    'Сабина',
    'Фаина',
    'Лина',
    'Константин',
    'Валентин',
    'Вениамин',
    'Лев',
    'Яков',
    'Мартин',
  ],
]);

export function isPatronymic(word: string): boolean {
  return patronymic.test(word);
}

/**
 * Whether a three-word name has its patronymic out of place: the second word is one and the third is not. The order
 * to suggest: the name with the surname first when one word only looks like a surname, undefined when it cannot be
 * told («Олеся Петровна Шевчук»: neither ends as a surname does). Undefined for a name in order, and for any other.
 */
export function findNameOrderSlip(name: string): { suggestion: string | undefined } | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length !== 3 || !words.every((word) => nameWord.test(word))) return undefined;
  const [one, two, three] = words as [string, string, string];
  // «Иванов Петрович Сергей»? «Петрович» may be a surname too when the third is a patronymic: left alone.
  if (!isPatronymic(two) || isPatronymic(three)) return undefined;
  const surname = /(?:вна|чна)$/u.test(two) ? surnameEnds.female : surnameEnds.male;
  const looksLikeSurname = (word: string) => surname.test(word) && !firstNamesLikeSurnames.has(word);
  const firstIsSurname = looksLikeSurname(one);
  const lastIsSurname = looksLikeSurname(three);
  if (firstIsSurname && !lastIsSurname) return { suggestion: `${one} ${three} ${two}` };
  if (lastIsSurname && !firstIsSurname) return { suggestion: `${three} ${one} ${two}` };
  return { suggestion: undefined };
}
