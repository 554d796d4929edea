import { declinePerson } from '../../language/declension.js';
import { toSurnameInitials } from '../../language/names.js';
import type { PeopleBook } from './people.js';

const onWhom = /^Контроль\s+(?:за|над)\s+исполнением\s+(?:настоящего\s+)?приказа\s+возложить\s+на\s+(.+)$/iu;
const trailingName = /^(.*?)\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\.\s?(?:\p{Lu}\.)?)$/u;
/** «Кузнецову Н.П., заместителя директора …»: the name, then the position after a comma. */
const leadingName = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\.\s?(?:\p{Lu}\.)?),\s*(.+?)\.?$/u;
const toPlain = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * «Контроль за исполнением настоящего приказа возложить на заместителя директора … Спиридонову А.В.» (or «… на
 * Спиридонову А.В., заместителя директора …», which gramota prints in the first order) → the key of
 * the person it names, found among the people already read (the name is in the accusative there), with the
 * accusative forms added where gramota's own declension would print them otherwise. Undefined when the clause
 * says something else or names nobody the document names elsewhere.
 */
export function readControl(text: string, book: PeopleBook): string | undefined {
  const target = onWhom.exec(toPlain(text))?.[1];
  const before = target ? trailingName.exec(target) : null;
  const after = target && !before ? leadingName.exec(target) : null;
  if (!before && !after) return undefined;
  const [, position = '', surname = '', initials = ''] = before ?? ['', after![3], after![1], after![2]];
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
