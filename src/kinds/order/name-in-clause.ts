import { matchPerson } from '../../plan/match-person.js';
import { fold, listNameForms } from '../../plan/person-forms.js';
import type { Plan } from '../../plan/schema/plan.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name of a clause's `person` as the clause's text already has it — «Назначить руководителем Ильина С.Н» with
 * `person: ilyin`: the order adds the position and the name after the text, so the name would be printed twice.
 * The surname in any case, with initials before or after it, or with the first name. Undefined when the text does
 * not name the person (a surname alone may be a word: «Лев», «Белых»).
 */
export function findPersonNameInText(text: string, ref: string, plan: Plan): string | undefined {
  const key = matchPerson(ref, plan.people);
  const person = key === undefined ? undefined : plan.people?.[key];
  if (person === undefined) return undefined;
  const forms = listNameForms(person);
  const surnames = [...new Set(forms.map((name) => escapeRegExp(fold(name.last))))].join('|');
  const firsts = [...new Set(forms.flatMap((name) => (name.first ? [escapeRegExp(fold(name.first))] : [])))];
  const initials = String.raw`\p{Ll}\.\s*(?:\p{Ll}\.?)?`;
  const after = [initials, ...firsts].join('|');
  const named = new RegExp(
    String.raw`(?<!\p{L})(?:(?:${surnames})\s+(?:${after})(?!\p{L})|\p{Ll}\.\s*(?:\p{Ll}\.\s*)?(?:${surnames})(?!\p{L}))`,
    'u',
  );
  // Folding keeps every index: lower case and е for ё are one letter for one.
  const found = named.exec(fold(text));
  return found ? text.slice(found.index, found.index + found[0].length).trim() : undefined;
}
