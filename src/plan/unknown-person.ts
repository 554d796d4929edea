import { toPersonKey } from '../language/latin-key.js';
import { parsePersonName } from '../language/names.js';
import { text } from '../messages.js';
import { closestPerson, type PersonRefShape } from './match-person.js';
import type { Person } from './schema/plan.js';

type People = Readonly<Record<string, Person>> | undefined;

/**
 * What to say of a person field that names nobody in people: first how to add the person — a ready people entry,
 * keyed like the other keys (the surname in Latin letters, «smirnova»), with a position to fill in — then, when a
 * person of people is close to what is written (a typo), that one. A key that differs from one of people only in
 * capitals is that typo alone. Free text where a person is required says so.
 */
export function describeUnknownPerson(value: string, shape: PersonRefShape, people: People): string {
  const hint = closestPerson(value, people);
  if (shape === 'text') return text.personRequired(value) + (hint ? `; ${text.didYouMean(hint)}` : '');
  const used = new Set(Object.keys(people ?? {}));
  if (shape === 'key') {
    const lower = value.trim().toLowerCase();
    if (used.has(lower)) return `${text.unknownPerson(value)}; ${text.didYouMean(lower)}`;
    return text.unknownPersonToAdd(value, toEntry(toPersonKey(lower, used), undefined), hint);
  }
  // «Петров П.П», its last dot left out, is added with it.
  const name = value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\p{Lu}\.\s?\p{Lu})$/u, '$1.');
  const key = toPersonKey(parsePersonName(name).last, used);
  return text.unknownPersonNameToAdd(value, toEntry(key, name), hint);
}

/** A people entry on one line, as the message shows it: `smirnova: { name: Смирнова Л.А., position: Должность }`. */
function toEntry(key: string, name: string | undefined): string {
  return `${key}: { name: ${name ?? text.newPersonName}, position: ${text.newPersonPosition} }`;
}
