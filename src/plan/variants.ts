import { toSafeName } from '../output/file-name.js';
import { documentIds } from './document-ids.js';
import { keepDocuments } from './left-out.js';
import type { Plan, PlanDocument, Variant } from './schema/plan.js';

/** One organisation's package of a network project: its output folder and the plan as it has it. */
export type OrganizationPlan = { readonly folder: string; readonly plan: Plan };

/**
 * The organisations of a plan (docs/format.md, «Сетевой проект»): the plan's own, then every variant, each with its
 * own requisites, its people added to the plan's (the same key replaces), its issued orders added, and its own
 * number and date of the plan's orders; each without the documents it does not get (leftOut). A plan without
 * variants is one organisation with no folder of its own.
 */
export function toOrganizationPlans(plan: Plan): OrganizationPlan[] {
  const { variants, ...base } = plan;
  if (variants === undefined) return [{ folder: '', plan }];
  return [
    { folder: ownFolder(plan), plan: toOwnPlan(base) },
    ...variants.map((variant) => ({ folder: variantFolder(variant), plan: applyVariant(base, variant) })),
  ];
}

/** The folder of the plan's own organisation: its short name (or name) in Latin letters. */
export function ownFolder(plan: Pick<Plan, 'organization'>): string {
  return toSafeName(plan.organization.short_name ?? plan.organization.name).toLowerCase();
}

export function variantFolder(variant: Variant): string {
  return variant.folder ?? ownFolder(variant);
}

/** The plan as its own organisation has it: without the documents whose `only_for` names only other organisations. */
export function toOwnPlan(plan: Omit<Plan, 'variants'>): Plan {
  const left = leftOut(plan);
  return left.size === 0
    ? plan
    : { ...plan, documents: keepDocuments(plan.documents, documentIds(plan), left) };
}

/**
 * The plan as one variant's organisation has it; the variant's document keys are checked ids of orders, its
 * `leave_out` checked ids of documents (left-out.ts: what remains keeps its ids, appendices are numbered without them).
 */
export function applyVariant(plan: Omit<Plan, 'variants'>, variant: Variant): Plan {
  const ids = documentIds(plan);
  const people = plan.people || variant.people ? { ...plan.people, ...variant.people } : undefined;
  const orders = plan.orders || variant.orders ? { ...plan.orders, ...variant.orders } : undefined;
  const documents = plan.documents.map((doc, i) => {
    const own = variant.documents?.[ids[i]!];
    return own && doc.type === 'order' ? { ...doc, ...own } : doc;
  });
  return {
    ...plan,
    organization: variant.organization,
    ...(people && { people }),
    ...(orders && { orders }),
    documents: keepDocuments(documents, ids, leftOut(plan, variant)),
  };
}

/**
 * The ids of the plan's documents an organisation does not get: those its variant's `leave_out` names, and those
 * whose `only_for` does not name its folder. Without `variant`: the plan's own organisation's.
 */
export function leftOut(
  plan: Pick<Plan, 'documents' | 'organization'>,
  variant?: Pick<Variant, 'leave_out' | 'folder' | 'organization'>,
): ReadonlySet<string> {
  const folder = variant === undefined ? ownFolder(plan) : (variant.folder ?? ownFolder(variant));
  const ids = documentIds(plan);
  const notFor = ids.filter((_, i) => !isFor(plan.documents[i]!, folder));
  return new Set([...(variant?.leave_out ?? []), ...notFor]);
}

/** Whether the organisation of `folder` gets a document by its `only_for` (a document without it: every one). */
export function isFor(doc: Pick<PlanDocument, 'only_for'>, folder: string): boolean {
  return doc.only_for === undefined || doc.only_for.includes(folder);
}
