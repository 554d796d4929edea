import { declinePerson } from '../../language/declension.js';
import { toSurnameInitials } from '../../language/names.js';
import type { PeopleBook } from './people.js';

const onWhom = /^Контроль\s+(?:за|над)\s+исполнением\s+(?:настоящего\s+)?приказа\s+возложить\s+на\s+(.+)$/iu;
const trailingName = /^(.*?)\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\.\s?(?:\p{Lu}\.)?)$/u;
const toPlain = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * «Контроль за исполнением настоящего приказа возложить на заместителя директора … Спиридонову А.В.» → the key of
 * the person it names, found among the people already read (the name is in the accusative there), with the
 * accusative forms added where gramota's own declension would print them otherwise. Undefined when the clause
 * says something else or names nobody the document names elsewhere.
 */
export function readControl(text: string, book: PeopleBook): string | undefined {
  const target = onWhom.exec(toPlain(text))?.[1];
  const parts = target ? trailingName.exec(target) : null;
  if (!parts) return undefined;
  const [, position = '', surname = '', initials = ''] = parts;
  const key = book.findDeclined(surname, initials);
  const person = key === undefined ? undefined : book.get(key);
  if (key === undefined || !person) return undefined;
  const written = `${surname} ${initials.replace(/\s/g, '')}`;
  const built = declinePerson(person, 'accusative');
  const forms = {
    ...(toPlain(toSurnameInitials(built.name)) !== written && { cases: { accusative: written } }),
    ...(position !== '' &&
      toPlain(built.position ?? '') !== position && { position_cases: { accusative: position } }),
  };
  if (Object.keys(forms).length > 0) book.addForms(key, forms);
  return key;
}
