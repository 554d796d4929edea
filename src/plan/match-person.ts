import { type PersonName, parsePersonName, toSurnameInitials } from '../language/names.js';
import { patronymicEnd, turkicPatronymicEnd } from '../language/patronymic.js';
import { keyPattern } from './schema/common.js';
import type { Person } from './schema/plan.js';
import { suggest } from './suggest.js';

type People = Readonly<Record<string, Person>> | undefined;

// Letters other than ASCII in ordinary strings, not in String.raw (language/typography-rules.ts says why).
const apostrophes = "'’";
const surname = String.raw`\p{Lu}[\p{Ll}${apostrophes}]+(?:-\p{Lu}[\p{Ll}${apostrophes}]+)*`;
const initial = String.raw`\p{Lu}\.\s*`;
/** «Высотина И.Ю.», «И. Ю. Высотина», «Высотина Ирина Юрьевна»: text written as a person's name. */
const nameForms = [
  new RegExp(String.raw`^${surname}\s+${initial}(?:${initial})?$`, 'u'),
  new RegExp(`^${initial}(?:${initial})?${surname}$`, 'u'),
  new RegExp(
    String.raw`^${surname}\s+${surname}\s+\p{Lu}\p{Ll}+(?:${patronymicEnd}|${turkicPatronymicEnd})$`,
    'u',
  ),
];
/** One capitalised word, which names a person when exactly one person has it as a surname. */
const bareSurname = new RegExp(`^${surname}$`, 'u');
/** A Latin word: a key however it is capitalised (`Vysotina`), never text a document should print. */
const latinWord = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** How a value of a person field reads: a key, a name, or free text («Кураторы групп»). */
export type PersonRefShape = 'key' | 'name' | 'text';

export function shapeOfPersonRef(value: string): PersonRefShape {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (keyPattern.test(clean) || latinWord.test(clean)) return 'key';
  // «гуляй н.и.» typed in lower case is a name too: it is matched (or reported) as «Гуляй Н.И.», never printed as typed.
  const titled = toTitleCase(clean);
  return nameForms.some((form) => form.test(clean) || form.test(titled)) ? 'name' : 'text';
}

/** Every word and initial with a capital letter, the rest small: «гуляй н.и.», «ГУЛЯЙ Н.И.» → «Гуляй Н.И.». */
function toTitleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s.-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The key of the person a value names: the key itself, or the person's name as written in people in any usual
 * form («Высотина И.Ю.», «И.Ю. Высотина», the full name; ё and е alike), or a bare surname that one person has.
 * Undefined when it names nobody.
 */
export function matchPerson(value: string, people: People): string | undefined {
  if (!people) return undefined;
  if (Object.hasOwn(people, value)) return value; // own keys only: not an inherited `constructor`
  return findFits(value, people).find((keys) => keys.length === 1)?.[0];
}

/**
 * The keys of the people a name fits when it fits more than one and none alone: «Беляев С.П.» where people has both
 * Беляев Сергей Петрович and Беляев Семён Павлович. Empty when the name fits one person or nobody.
 */
export function findNamesakes(value: string, people: People): string[] {
  if (!people || matchPerson(value, people) !== undefined) return [];
  return findFits(value, people).find((keys) => keys.length > 1) ?? [];
}

/** The keys a name-like value fits, as written and capitalised as a name; none for a key or free text. */
function findFits(value: string, people: Readonly<Record<string, Person>>): string[][] {
  const shape = shapeOfPersonRef(value);
  // A bare surname in any case («шевченко»): a key is ASCII (keyPattern), so lower-case Cyrillic is a name or text.
  const bare = bareSurname.test(value.trim()) || bareSurname.test(toTitleCase(value.trim()));
  if (shape === 'key' || (shape === 'text' && !bare)) return [];
  return [value, toTitleCase(value.trim())].map((form) => {
    const wanted = normalize(parsePersonName(form));
    return Object.keys(people).filter((key) => sameName(wanted, nameOf(people, key)));
  });
}

/** The person closest to a value that names nobody, as the user would write it: a key, or «Высотина И.Ю.». */
export function closestPerson(value: string, people: People): string | undefined {
  if (!people) return undefined;
  const keys = Object.keys(people);
  if (shapeOfPersonRef(value) === 'key') return suggest(value, keys);
  const surnames = keys.map((key) => nameOf(people, key).last);
  const hit = suggest(normalize(parsePersonName(value)).last, surnames);
  const key = hit === undefined ? undefined : keys[surnames.indexOf(hit)];
  return key === undefined
    ? undefined
    : toSurnameInitials(parsePersonName(people[key]!.name)).replace(/\u00A0/g, ' ');
}

function nameOf(people: Readonly<Record<string, Person>>, key: string): PersonName {
  return normalize(parsePersonName(people[key]!.name));
}

function normalize(name: PersonName): PersonName {
  const fold = (s: string | undefined) => s?.toLowerCase().replace(/ё/g, 'е');
  return {
    last: fold(name.last)!,
    initials: fold(name.initials)!,
    ...(name.first !== undefined && { first: fold(name.first)! }),
    ...(name.middle !== undefined && { middle: fold(name.middle)! }),
  };
}

function sameName(wanted: PersonName, person: PersonName): boolean {
  if (wanted.last !== person.last) return false;
  if (wanted.initials === '') return true; // a bare surname
  if (wanted.first !== undefined && person.first !== undefined) {
    return (
      wanted.first === person.first &&
      (wanted.middle === undefined || person.middle === undefined || wanted.middle === person.middle)
    );
  }
  return wanted.initials === person.initials;
}
