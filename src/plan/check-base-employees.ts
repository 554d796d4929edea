import { text } from '../messages.js';
import { matchPerson } from './match-person.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';
import { applyVariant, variantFolder } from './variants.js';

/** Fields of a document whose text values name people («acquainted», the acquaintance sheet's «people»…). */
export const personFields: ReadonlySet<string> = new Set([
  'responsible',
  'person',
  'control',
  'signer',
  'by',
  'owner',
  'acquainted',
  'people',
  'visas',
]);

/**
 * A network project where a partner's documents would name an employee of the plan's own organisation: a variant
 * inherits the plan's people, and one it forgot to replace signs, answers for or reads its order under the base
 * organisation's name and position. The base organisation's employees are its head and every person some variant
 * replaces — a key that organisations fill each with their own (director, psych); a person no variant replaces
 * (a network coordinator) is shared on purpose. Reported at the variant, once a person, as a warning: the package
 * is built.
 */
export function checkBaseEmployees(plan: Plan, report: Report): void {
  const { variants, people, ...rest } = plan;
  if (variants === undefined || people === undefined) return;
  const employees = listBaseEmployees(plan);
  variants.forEach((variant, k) => {
    // The documents as the organisation has them: without its leave_out, with its own «ознакомлены» lists.
    const refs = listPersonRefs(applyVariant({ ...rest, people }, variant).documents);
    const own = { ...people, ...variant.people };
    const keys = new Set(
      [...refs, variant.organization.head ?? '']
        .map((ref) => matchPerson(ref, own))
        .filter(
          (key): key is string =>
            key !== undefined && employees.has(key) && !Object.hasOwn(variant.people ?? {}, key),
        ),
    );
    for (const key of keys) {
      const organization = plan.organization.short_name ?? plan.organization.name;
      report(
        ['variants', k],
        text.baseEmployeeInVariant(variantFolder(variant), key, people[key]!.name, organization),
      );
    }
  });
}

/**
 * The base organisation's employees (keys of the plan's people): its head and every person some variant replaces —
 * a key each organisation fills with its own; a person no variant replaces is shared by the network.
 */
export function listBaseEmployees(plan: Plan): Set<string> {
  const { variants = [], people = {} } = plan;
  const employees = new Set(
    variants
      .flatMap((variant) => Object.keys(variant.people ?? {}))
      .filter((key) => Object.hasOwn(people, key)),
  );
  const head = matchPerson(plan.organization.head ?? '', people);
  if (head !== undefined) employees.add(head);
  return employees;
}

/** Every text a document gives where a person is named, in the order of the plan. */
function listPersonRefs(value: unknown, named = false): string[] {
  if (typeof value === 'string') return named ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => listPersonRefs(item, named));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => listPersonRefs(inner, personFields.has(key)));
}
