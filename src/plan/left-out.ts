import type { OrderClause } from '../kinds/order/schema.js';
import type { Path } from './list-items.js';
import type { PlanDocument } from './schema/plan.js';

/**
 * The documents an organisation of a network project gets (docs/format.md, «Сетевой проект»): the plan's, but those
 * its `leave_out` names. Each keeps the id it has in the plan (an unnamed «roadmap-2» stays roadmap-2 when roadmap-1
 * is left out, so that references and `--only` mean the same document); an order's `appendices` lose the left-out
 * ones, so that what remains is numbered 1, 2… as printed, and a clause that approves a left-out document is not
 * printed, with its subclauses (it would approve an appendix the organisation has not).
 */
export function keepDocuments(
  documents: readonly PlanDocument[],
  ids: readonly string[],
  left: ReadonlySet<string>,
): PlanDocument[] {
  return documents.flatMap((doc, i) => {
    const id = ids[i]!;
    if (left.has(id)) return [];
    if (left.size === 0 || doc.type !== 'order') return [{ ...doc, id }];
    const appendices = doc.appendices?.filter((a) => !left.has(a));
    const clauses = keepClauses(doc.clauses, left);
    return [{ ...doc, id, clauses, ...(doc.appendices && { appendices }) }];
  });
}

function keepClauses(clauses: readonly OrderClause[], left: ReadonlySet<string>): OrderClause[] {
  return clauses.flatMap((clause): OrderClause[] => {
    if (typeof clause === 'string') return [clause];
    if (clause.approve !== undefined && left.has(clause.approve)) return [];
    return [clause.clauses ? { ...clause, clauses: keepClauses(clause.clauses, left) } : clause];
  });
}

/** Whether a clause of the plan is printed for an organisation that leaves out `left`. */
export function isClauseKept(clause: OrderClause, left: ReadonlySet<string>): boolean {
  return typeof clause === 'string' || clause.approve === undefined || !left.has(clause.approve);
}

/**
 * Where a path of an organisation's plan (its documents as keepDocuments gives them) is in the plan file: the
 * document's index, an appendix's and a clause's, counted with what was left out.
 */
export function toPlanPath(
  path: Path,
  documents: readonly PlanDocument[],
  ids: readonly string[],
  left: ReadonlySet<string>,
): Path {
  if (path[0] !== 'documents' || typeof path[1] !== 'number' || left.size === 0) return path;
  const kept = documents.flatMap((_, i) => (left.has(ids[i]!) ? [] : [i]));
  const i = kept[path[1]];
  if (i === undefined) return path;
  const doc = documents[i]!;
  const rest = path.slice(2);
  if (doc.type !== 'order') return ['documents', i, ...rest];
  const [key, a, ...inner] = rest;
  if (key === 'appendices' && typeof a === 'number') {
    const appended = (doc.appendices ?? []).flatMap((id, j) => (left.has(id) ? [] : [j]));
    return ['documents', i, key, appended[a] ?? a, ...inner];
  }
  return ['documents', i, ...toClausePath(rest, doc.clauses, left)];
}

function toClausePath(
  path: Path,
  clauses: readonly OrderClause[] | undefined,
  left: ReadonlySet<string>,
): Path {
  const [key, index, ...rest] = path;
  if (key !== 'clauses' || typeof index !== 'number' || clauses === undefined) return path;
  const kept = clauses.flatMap((clause, c) => (isClauseKept(clause, left) ? [c] : []));
  const c = kept[index];
  if (c === undefined) return path;
  const clause = clauses[c]!;
  const inner = typeof clause === 'string' ? rest : toClausePath(rest, clause.clauses, left);
  return ['clauses', c, ...inner];
}
