import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import { toOrganizationPlans } from './variants.js';

type Path = readonly (string | number)[];

/**
 * A person key that only some organisations of a network project have (a partner's teacher in its variant's people),
 * named in a document other organisations get too (trial 9: a school's teacher typed into the shared roadmap's table
 * on the school's tab). The usual «нет человека … добавьте его в people» would have her added to the plan's people,
 * and the base college's roadmap would name a school teacher. Told instead: who has the person, which organisations
 * getting the document have not, and the two ways out (only_for, or the person for everyone). The message is the
 * same for every organisation, so that it is told once at its line (check-variants.ts).
 */
export function toPartnerPersonRetelling(
  plan: Plan,
): (path: Path, message: string, unknownPersonKey: string | undefined) => string {
  // Each organisation's people and the ids of the documents it gets (keepDocuments keeps the plan's ids).
  const organisations = toOrganizationPlans(plan).map(({ folder, plan: own }) => ({
    folder,
    people: own.people ?? {},
    gets: new Set(documentIds(own)),
  }));
  const ids = documentIds(plan);
  return (path, message, key) => {
    const [first, i] = path;
    const id = first === 'documents' && typeof i === 'number' ? ids[i] : undefined;
    if (id === undefined || key === undefined) return message;
    const getting = organisations.filter((o) => o.gets.has(id));
    const having = getting.filter((o) => Object.hasOwn(o.people, key));
    const lacking = getting.filter((o) => !Object.hasOwn(o.people, key)).map((o) => o.folder);
    const name = having[0]?.people[key]?.name;
    if (name === undefined) return message;
    return text.personOfSomeOrganizations(
      key,
      name,
      having.map((o) => o.folder),
      lacking,
    );
  };
}
