import { text } from '../messages.js';
import { listBaseEmployees } from './check-base-employees.js';
import { documentIds } from './document-ids.js';
import { matchPerson } from './match-person.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';
import { leftOut, variantFolder } from './variants.js';

/**
 * A partner's order in a network project whose «С приказом ознакомлены» names an employee of the plan's own
 * organisation (its head, or a person some variant replaces) that the partner does not replace in its people: an
 * order binds the staff of the organisation that issues it, and the partner's order would have another
 * organisation's deputy sign that he has read it — a wrong document, not a matter of taste, so an error (the other
 * places a partner's documents name such a person stay a warning, check-base-employees.ts). Reported at the
 * partner's own list when it has one (`variants[].documents.<order>.acquainted`), else at the partner, with the two
 * ways out: its own person under that key (the same person repeated there says he works for it too), or a list of
 * its own without him.
 */
export function checkPartnerAcquainted(plan: Plan, report: Report): void {
  const { variants, people } = plan;
  if (variants === undefined || people === undefined) return;
  const employees = listBaseEmployees(plan);
  const ids = documentIds(plan);
  const organization = plan.organization.short_name ?? plan.organization.name;
  variants.forEach((variant, k) => {
    const left = leftOut(plan, variant);
    const all = { ...people, ...variant.people };
    plan.documents.forEach((doc, i) => {
      const id = ids[i]!;
      if (doc.type !== 'order' || left.has(id)) return;
      const entry = variant.documents?.[id];
      const own = entry?.acquainted;
      const list = own ?? doc.acquainted ?? [];
      const foreign = list.filter((ref) => {
        const key = matchPerson(ref, all);
        return key !== undefined && employees.has(key) && !Object.hasOwn(variant.people ?? {}, key);
      });
      if (foreign.length === 0) return;
      const named = foreign.map((ref) => {
        const key = matchPerson(ref, all)!;
        return `${key} (${people[key]!.name})`;
      });
      const kept = list.filter((ref) => !foreign.includes(ref));
      report(
        own === undefined ? ['variants', k] : ['variants', k, 'documents', id, 'acquainted'],
        text.baseEmployeeAcquainted(
          variantFolder(variant),
          id,
          named,
          organization,
          kept,
          own !== undefined ? 'list' : entry !== undefined ? 'entry' : 'none',
        ),
      );
    });
  });
}
