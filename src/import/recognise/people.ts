import { parsePersonName } from '../../language/names.js';
import { toCustomKey } from './custom-key.js';

export type ImportedPerson = { readonly name: string; readonly position?: string | undefined };

const surname = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const initials = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.)?`;
/** «Спиридонова А.В.», «А.В. Спиридонова», «Спиридонова А. В.» — the forms a name takes in cells and stamps. */
const shortName = new RegExp(String.raw`^(?:${surname}\s${initials}|${initials}\s?${surname})$`, 'u');
/** «Алейкина Галина Викторовна». */
const fullName = new RegExp(
  String.raw`^${surname}\s${surname}\s\p{Lu}\p{Ll}+(?:вна|вич|чна|ична|ич|оглы|кызы)$`,
  'u',
);

/** Whether a piece of text is a person's name with initials (or a full name when `full` is allowed). */
export function isPersonName(text: string, full = false): boolean {
  const s = text.trim();
  return shortName.test(s) || (full && fullName.test(s));
}

/**
 * The people a document names, collected as the recognisers meet them: one key per person (surname and
 * initials), a Latin key from the surname («spiridonova», «spiridonova-2» for a namesake). Names are kept as
 * written; a position is added when a stamp or signature gives one.
 */
export type PeopleBook = {
  readonly add: (name: string, position?: string) => string;
  readonly entries: () => [string, ImportedPerson][];
};

export function createPeopleBook(): PeopleBook {
  const byIdentity = new Map<string, string>();
  const people = new Map<string, { name: string; position?: string | undefined }>();
  return {
    add(name, position) {
      const clean = name.replace(/\s+/g, ' ').trim();
      const parsed = parsePersonName(clean);
      const identity = `${parsed.last}|${parsed.initials}`;
      const known = byIdentity.get(identity);
      if (known !== undefined) {
        const person = people.get(known)!;
        if (position && !person.position) people.set(known, { ...person, position });
        return known;
      }
      const key = toCustomKey(parsed.last, new Set(people.keys()), '-');
      byIdentity.set(identity, key);
      people.set(key, position ? { name: clean, position } : { name: clean });
      return key;
    },
    entries: () => [...people.entries()].map(([k, v]) => [k, { ...v }]),
  };
}

/**
 * A «Ответственный» cell: names become keys of the book, anything else («Кураторы групп») stays text. Only a list
 * written with commas is split, as gramota joins it again with commas; a cell with no name stays one text.
 */
export function readResponsible(text: string, book: PeopleBook): string | string[] {
  const parts = text.split(/,\s*/).map((p) => p.trim());
  if (/[;\n]/.test(text) || !parts.some((p) => isPersonName(p))) return text;
  const refs = parts.map((p) => (isPersonName(p) ? book.add(p) : p));
  return refs.length === 1 ? refs[0]! : refs;
}
