import type { OrderClause } from '../kinds/order/schema.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';

/**
 * The plan with the approval stamp each document's order gives it: a document without `approval` that an order of
 * the plan approves in a clause (`approve: id`) and appends (`appendices`) is approved by that order, as if it said
 * `approval: { order: … }` — the order's «Утвердить … (приложение 2)» and the appendix's «УТВЕРЖДЕН приказом …»
 * cannot disagree. A document with an approval of its own, or attached to an order outside the plan, keeps it.
 */
export function withApprovingOrders(plan: Plan): Plan {
  const ids = documentIds(plan);
  const approvedBy = new Map<string, string>();
  plan.documents.forEach((doc, i) => {
    if (doc.type !== 'order') return;
    for (const id of listApproved(doc.clauses))
      if (doc.appendices?.includes(id) && !approvedBy.has(id)) approvedBy.set(id, ids[i]!);
  });
  if (approvedBy.size === 0) return plan;
  let changed = false;
  const documents = plan.documents.map((doc, i) => {
    const order = approvedBy.get(ids[i]!);
    if (order === undefined || doc.approval !== undefined || doc.appendix_to !== undefined) return doc;
    changed = true;
    return { ...doc, approval: { order } };
  });
  return changed ? { ...plan, documents } : plan;
}

/** An order of the plan that approves a document in a clause and appends it: its id and the clause's number. */
export type ApprovingClause = { readonly order: string; readonly clause: string };

/**
 * For each document an order of the plan approves (`approve`) and appends, the first such order and the number of
 * its clause as the order prints it («3», «7.2»).
 */
export function findApprovingClauses(plan: Plan): Map<string, ApprovingClause> {
  const ids = documentIds(plan);
  const found = new Map<string, ApprovingClause>();
  plan.documents.forEach((doc, i) => {
    if (doc.type !== 'order') return;
    const walk = (clauses: readonly OrderClause[], prefix: string) =>
      clauses.forEach((clause, j) => {
        if (typeof clause === 'string') return;
        const number = `${prefix}${j + 1}`;
        const id = clause.approve;
        if (id !== undefined && doc.appendices?.includes(id) && !found.has(id))
          found.set(id, { order: ids[i]!, clause: number });
        walk(clause.clauses ?? [], `${number}.`);
      });
    walk(doc.clauses, '');
  });
  return found;
}

function listApproved(clauses: readonly OrderClause[]): string[] {
  return clauses.flatMap((clause) =>
    typeof clause === 'string'
      ? []
      : [...(clause.approve === undefined ? [] : [clause.approve]), ...listApproved(clause.clauses ?? [])],
  );
}
