import { declineName, type GrammaticalCase } from '../language/declension.js';
import { parsePersonName } from '../language/names.js';
import { matchPerson } from './match-person.js';
import type { Person } from './schema/plan.js';
import { countEdits } from './suggest.js';

type People = Readonly<Record<string, Person>>;

/** How a text misses the person it almost names. */
export type NearPerson =
  /** «Шмидт И.В», «И.В Шмидт»: the name of a person of people but for the dot after the last initial. */
  | { readonly kind: 'dot'; readonly key: string }
  /** «Горелов» for Горелова, «Ильина» for Ильин: a bare surname one letter off or in another case. */
  | { readonly kind: 'surname'; readonly keys: readonly string[] };

// Letters other than ASCII in ordinary strings, not in String.raw (language/typography-rules.ts says why).
const apostrophes = "'’";
const surname = String.raw`\p{Lu}[\p{Ll}${apostrophes}]+(?:-\p{Lu}[\p{Ll}${apostrophes}]+)*`;
/** «Шмидт И.В», «Шмидт И. В», «Шмидт И»: surname first, the last initial without its dot. */
const surnameThenUndotted = new RegExp(String.raw`^${surname}\s+(?:\p{Lu}\.\s*)?\p{Lu}$`, 'u');
/** «И.В Шмидт»: initials first, the second one without its dot. */
const undottedThenSurname = new RegExp(String.raw`^(\p{Lu}\.\s*\p{Lu})(\s+${surname})$`, 'u');
/** One Cyrillic word with a capital: what a bare surname looks like. */
const bareCyrillic = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/u;
const otherCases: readonly GrammaticalCase[] = [
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
];
/** Shorter words are not compared letter by letter: «Лев» and «Лес» are both words. */
const minLettersForTypo = 4;

/**
 * The person a text in a person field almost names, when it names nobody as written: a name without the dot after
 * its last initial, or one capitalised word that is a person's surname with one letter off («Горелов» for Горелова,
 * «Ильина» for Ильин) or in another case («Гореловой»). Such a text is printed as typed — a person who does not
 * exist, in another format than the other names. Group names («Педагоги», «Рабочая группа») are near nobody.
 */
export function findNearPerson(value: string, people: People | undefined): NearPerson | undefined {
  if (!people) return undefined;
  const clean = value.replace(/\s+/g, ' ').trim();
  const dotted = surnameThenUndotted.test(clean)
    ? `${clean}.`
    : clean.replace(undottedThenSurname, (_, initials: string, rest: string) => `${initials}.${rest}`);
  if (dotted !== clean) {
    const key = matchPerson(dotted, people);
    return key === undefined ? undefined : { kind: 'dot', key };
  }
  if (!bareCyrillic.test(clean)) return undefined;
  const word = fold(clean);
  const keys = Object.keys(people).filter((key) => isNearSurname(word, people[key]!));
  return keys.length > 0 ? { kind: 'surname', keys } : undefined;
}

/** Whether a text with a dot left out of a name («Петров П.П») is a name, not free text. */
export function isUndottedName(value: string): boolean {
  const clean = value.replace(/\s+/g, ' ').trim();
  return surnameThenUndotted.test(clean) || undottedThenSurname.test(clean);
}

function isNearSurname(word: string, person: Person): boolean {
  const name = parsePersonName(person.name);
  const own = fold(name.last);
  if (word === own) return false; // the surname itself names the person or several: matchPerson's answer
  if (otherCases.some((gcase) => fold(declineName(name, gcase).last) === word)) return true;
  const long = word.length >= minLettersForTypo && own.length >= minLettersForTypo;
  // A typo keeps the first letter (the hand slips inside a word).
  return long && word[0] === own[0] && countEdits(word, own) <= 1;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}
