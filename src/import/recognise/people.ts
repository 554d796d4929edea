import { toPersonKey } from '../../language/latin-key.js';
import { parsePersonName } from '../../language/names.js';
import { patronymicEnd, turkicPatronymicEnd } from '../../language/patronymic.js';

type Forms = { readonly accusative?: string };
export type ImportedPerson = {
  readonly name: string;
  readonly position?: string | undefined;
  readonly cases?: Forms | undefined;
  readonly position_cases?: Forms | undefined;
};

const surname = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const initials = String.raw`\p{Lu}\.\s?(?:\p{Lu}\.)?`;
/**
 * A patronymic ending a full name: also «-ич» after any consonant («Кузьмич», which language/patronymic.ts leaves
 * out): a cell of three capitalised words ending so is a name in a document being read.
 */
const fullNameEnd = `(?:${patronymicEnd}|ич|${turkicPatronymicEnd})`;
/** «Спиридонова А.В.», «А.В. Спиридонова», «Спиридонова А. В.» — the forms a name takes in cells and stamps. */
const shortName = new RegExp(String.raw`^(?:${surname}\s${initials}|${initials}\s?${surname})$`, 'u');
/** «Алейкина Галина Викторовна». */
const fullName = new RegExp(String.raw`^${surname}\s${surname}\s\p{Lu}\p{Ll}+${fullNameEnd}$`, 'u');

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
  /** The key of a person with these initials whose surname is this one in another case («Спиридонову» → «Спиридонова»). */
  readonly findDeclined: (surname: string, initials: string) => string | undefined;
  readonly get: (key: string) => ImportedPerson | undefined;
  /** Adds forms in a case the document shows and gramota would not build itself, or sets the position. */
  readonly addForms: (
    key: string,
    forms: Pick<ImportedPerson, 'cases' | 'position_cases' | 'position'>,
  ) => void;
  readonly entries: () => [string, ImportedPerson][];
  /** Adds a person whose position a table cell gives beside the name; the cell is kept for a note. */
  readonly addFromCell: (name: string, position: string, cell: string) => string;
  /** The people whose position came from a cell («Воронцов С.Н., директор»), with that cell's text. */
  readonly cellPositions: () => [string, string][];
  /** Sets the position the text of an order gives beside the person's name; the text is kept for a note. */
  readonly setPositionFromText: (key: string, position: string, text: string) => void;
  /** The people whose position came from the text of an order, with that text. */
  readonly textPositions: () => [string, string][];
};

export function createPeopleBook(): PeopleBook {
  const byIdentity = new Map<string, string>();
  const people = new Map<string, ImportedPerson>();
  const fromCells = new Map<string, string>();
  const fromTexts = new Map<string, string>();
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
      const key = toPersonKey(parsed.last, new Set(people.keys()));
      byIdentity.set(identity, key);
      people.set(key, position ? { name: clean, position } : { name: clean });
      return key;
    },
    findDeclined(surname, initials) {
      const stem = surname.slice(0, -1);
      const tight = initials.replace(/\s/g, '');
      return [...byIdentity.entries()].find(([identity]) => {
        const [last = '', own = ''] = identity.split('|');
        return own === tight && stem.length > 2 && last.startsWith(stem);
      })?.[1];
    },
    get: (key) => people.get(key),
    addForms(key, forms) {
      const person = people.get(key);
      if (person) people.set(key, { ...person, ...forms });
    },
    entries: () => [...people.entries()].map(([k, v]) => [k, { ...v }]),
    addFromCell(name, position, cell) {
      const before = people.get(this.add(name))?.position;
      const key = this.add(name, position);
      if (before === undefined) fromCells.set(key, cell.replace(/\s+/g, ' ').trim());
      return key;
    },
    cellPositions: () => [...fromCells.entries()],
    setPositionFromText(key, position, text) {
      const person = people.get(key);
      if (!person) return;
      people.set(key, { ...person, position });
      fromTexts.set(key, text.replace(/\s+/g, ' ').trim());
    },
    textPositions: () => [...fromTexts.entries()],
  };
}
