import { findNameOrderSlip } from '../language/name-order.js';
import { parsePersonName, toInitialsSurname } from '../language/names.js';
import { text } from '../messages.js';
import type { Path } from './list-items.js';
import type { Person, Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * A name in `people` (the plan's or a partner's) typed «Имя Отчество Фамилия» or «Фамилия Отчество Имя»: every
 * signature, stamp and list would print wrong initials with no word of warning (language/name-order.ts).
 */
export function checkNameOrder(plan: Plan, report: Report): void {
  checkPeople(plan.people, ['people'], report);
  plan.variants?.forEach((variant, v) => {
    checkPeople(variant.people, ['variants', v, 'people'], report);
  });
}

function checkPeople(people: Readonly<Record<string, Person>> | undefined, at: Path, report: Report): void {
  for (const [key, person] of Object.entries(people ?? {})) {
    const slip = findNameOrderSlip(person.name);
    if (slip === undefined) continue;
    const name = person.name.replace(/\s+/g, ' ').trim();
    const printed = toInitialsSurname(parsePersonName(name)).replace(/\u00A0/g, ' ');
    report([...at, key, 'name'], text.nameOrder(name, printed, slip.suggestion));
  }
}
