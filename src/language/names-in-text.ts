/**
 * Person names inside running text («Заместителю директора Спиридоновой А.В.:», «2. Купин Юрий Николаевич –
 * инженер»): «Фамилия И.О.» and «И.О. Фамилия» in any case, and «Фамилия Имя Отчество» with a patronymic in any
 * case. Two initials are needed: «Приложение Б.» is no name. «им. Н.А. Лунина» names a namesake of an
 * organisation, not a person of the plan, and is left out.
 */

import { patronymicInAnyCase } from './patronymic.js';

/** A name found in a text: as written, its surname and initials («А.В.»), and where it starts. */
export type NameInText = {
  readonly written: string;
  readonly last: string;
  readonly initials: string;
  readonly index: number;
};

const surname = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
const space = '[\\s\\u00A0]';
/** Two initials, the letters captured: «А.В.», «А. В.». */
const initials = `([А-ЯЁ])\\.${space}*([А-ЯЁ])\\.`;
const patronymic = `[А-ЯЁ][а-яё]+${patronymicInAnyCase}`;
const nameInText = new RegExp(
  [
    // «Спиридоновой А.В.», not «Юрисконсульт Д.А. Смирнов» (a position before «И.О. Фамилия»).
    `(?<![а-яёА-ЯЁ.-])(${surname})${space}+${initials}(?!${space}*[А-ЯЁ][а-яё])`,
    // «А.В. Спиридоновой», not «им. Н.А. Лунина».
    `(?<![а-яёА-ЯЁ.-]|(?:им\\.|имени)${space}*)${initials}${space}*(${surname})(?![а-яё])`,
    // «Купин Юрий Николаевич», «Купину Юрию Николаевичу».
    `(?<![а-яёА-ЯЁ.-])(${surname})${space}+([А-ЯЁ])[а-яё]+${space}+(?=${patronymic}(?![а-яё]))([А-ЯЁ])[а-яё]+`,
  ].join('|'),
  'g',
);
/** What a text holds before a name can be in it: an initial with its dot, or a patronymic's ending. */
const quickTest = new RegExp(`[А-ЯЁ]\\.|[А-ЯЁ][а-яё]*${patronymicInAnyCase}`);

/** The names a text holds, in order. */
export function findNamesInText(text: string): NameInText[] {
  if (!quickTest.test(text)) return [];
  const found: NameInText[] = [];
  for (const m of text.matchAll(nameInText)) {
    const last = m[1] ?? m[6] ?? m[7]!;
    const letters = m[1] !== undefined ? [m[2], m[3]] : m[6] !== undefined ? [m[4], m[5]] : [m[8], m[9]];
    found.push({ written: m[0], last, initials: letters.map((l) => `${l}.`).join(''), index: m.index });
  }
  return found;
}
