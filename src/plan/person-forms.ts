import { declineName, declinePerson, type GrammaticalCase } from '../language/declension.js';
import { type PersonName, parsePersonName } from '../language/names.js';
import type { NameInText } from '../language/names-in-text.js';
import type { Person } from './schema/plan.js';

const cases: readonly GrammaticalCase[] = [
  'nominative',
  'genitive',
  'dative',
  'accusative',
  'instrumental',
  'prepositional',
];

/** A person's name in the six cases: the plan's own forms (`cases`) and, besides them, the automatic ones. */
export function listNameForms(person: Person): PersonName[] {
  const own = parsePersonName(person.name);
  return cases.flatMap((gcase) => {
    const written = declinePerson(person, gcase).name;
    return person.cases?.[gcase as keyof typeof person.cases] === undefined
      ? [written]
      : [written, declineName(own, gcase)];
  });
}

/** The people of a plan by every form of their surname (lower case, е for ё), each with their initials. */
export type PeopleNames = ReadonlyMap<string, readonly { key: string; initials: string }[]>;

export function indexPeopleNames(people: Readonly<Record<string, Person>> | undefined): PeopleNames {
  const index = new Map<string, { key: string; initials: string }[]>();
  for (const [key, person] of Object.entries(people ?? {})) {
    for (const name of listNameForms(person)) {
      const entries = index.get(fold(name.last)) ?? [];
      const initials = fold(name.initials);
      if (!entries.some((e) => e.key === key && e.initials === initials)) entries.push({ key, initials });
      index.set(fold(name.last), entries);
    }
  }
  return index;
}

/** The keys of the people a name found in a text names: its surname in some case, and the same initials. */
export function findNamedPeople(index: PeopleNames, name: NameInText): string[] {
  const initials = fold(name.initials);
  const entries = index.get(fold(name.last)) ?? [];
  return [...new Set(entries.filter((e) => e.initials === '' || e.initials === initials).map((e) => e.key))];
}

export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}
