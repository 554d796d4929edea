import type { Plan } from '../../plan/schema/plan.js';
import { findPersonNameInText } from './name-in-clause.js';
import type { OrderClause } from './schema.js';

/**
 * «Контроль за исполнением (настоящего) приказа …», «Контроль исполнения приказа …», «Возложить контроль за
 * исполнением приказа на …»: the clause the order's template adds itself (`control`). A clause on the control of
 * something else — «Контроль за исполнением пункта 3 настоящего приказа», «… мероприятий дорожной карты» — is not it.
 */
const controlOfOrder =
  /^(?:возложить\s+)?контроль\s+(?:(?:за|над)\s+)?(?:исполнени|выполнени)[а-яё]*\s+(?:(?:настоящего|данного|этого)\s+)?приказа(?![а-яё])/iu;

/** The indexes of the top-level clauses of an order that are its control clause written as text. */
export function findControlClauses(clauses: readonly OrderClause[]): number[] {
  return clauses.flatMap((clause, i) => {
    const written =
      typeof clause === 'string' ? clause : clause.approve === undefined ? clause.text : undefined;
    return written !== undefined && controlOfOrder.test(written.replace(/\s+/g, ' ').trim()) ? [i] : [];
  });
}

/** The key of the one person of `people` a control clause names («… возложить на … Жукову Т.С.»), if it names one. */
export function findControlledBy(written: string, plan: Plan): string | undefined {
  const named = Object.keys(plan.people ?? {}).filter(
    (key) => findPersonNameInText(written, key, plan) !== undefined,
  );
  return named.length === 1 ? named[0] : undefined;
}
