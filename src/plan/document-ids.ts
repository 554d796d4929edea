import type { Plan } from './schema/plan.js';

/** The id of every document, in plan order: its own `id`, or its type and position («roadmap-1»). */
export function documentIds(plan: Pick<Plan, 'documents'>): string[] {
  const counts = new Map<string, number>();
  return plan.documents.map((doc) => {
    const n = (counts.get(doc.type) ?? 0) + 1;
    counts.set(doc.type, n);
    return doc.id ?? `${doc.type}-${n}`;
  });
}

/** The documents whose id an earlier document of the plan already has, by their index. */
export function findRepeatedIds(plan: Pick<Plan, 'documents'>): number[] {
  const ids = documentIds(plan);
  return ids.flatMap((id, i) => (ids.indexOf(id) < i ? [i] : []));
}
