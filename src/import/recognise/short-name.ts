import { schoolAbbreviation } from './organization.js';

/** «МБОУ «СОШ № 5»», «ГАПОУ «ЧПК»»: an abbreviation of a kind of school and a quoted name. */
const abbreviated = new RegExp(`(?<![\\p{L}])${schoolAbbreviation}\\s*«[^«»]+(?:«[^«»]*»[^«»]*)*»`, 'u');

/** «… «Читинский педагогический колледж» (ГАПОУ «ЧПК»)»: the short name the full one gives in brackets. */
export function readBracketedShortName(name: string): string | undefined {
  const bracket = /\(([^()]+)\)\s*$/u.exec(name);
  const found = bracket ? abbreviated.exec(bracket[1]!) : null;
  return found && found[0] === bracket![1]!.trim() ? found[0] : undefined;
}

/** A short name named in a text: «Положение о … ГПОУ «Забайкальский техникум …»» → «ГПОУ «Забайкальский …»». */
export function findShortName(text: string): string | undefined {
  return abbreviated.exec(text.replace(/\s+/g, ' '))?.[0];
}

/** The words of a legal form and the letters they give an abbreviation: «Муниципальное бюджетное …» → «МБ…». */
const formLetters: Readonly<Record<string, string>> = {
  федеральное: 'Ф',
  государственное: 'Г',
  муниципальное: 'М',
  областное: 'О',
  краевое: 'К',
  частное: 'Ч',
  автономное: 'А',
  бюджетное: 'Б',
  казённое: 'К',
  казенное: 'К',
  профессиональное: 'П',
  общеобразовательное: 'О',
  образовательное: 'О',
  дошкольное: 'Д',
  учреждение: 'У',
};

/**
 * «Государственное профессиональное образовательное учреждение «Забайкальский техникум …»» → «ГПОУ «Забайкальский
 * техникум …»»: the letters of the legal form before the quoted name (what follows it, «г. Читы», stays out), when
 * every word of the form is a known one; undefined for any other name (the short name is then left to the user).
 */
export function makeShortName(name: string): string | undefined {
  const quoted = /^([^«]+?)\s*(«[^«»]+(?:«[^«»]*»[^«»]*)*»)/u.exec(name.replace(/\s+/g, ' ').trim());
  if (!quoted) return undefined;
  const words = quoted[1]!.toLowerCase().split(' ');
  if (words.at(-1) !== 'учреждение' || !words.every((w) => formLetters[w] !== undefined)) return undefined;
  return `${words.map((w) => formLetters[w]).join('')} ${quoted[2]}`;
}
