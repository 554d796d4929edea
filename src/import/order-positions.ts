import type { PlanDoc } from './import-state.js';
import { readClausePositions } from './recognise/clause-positions.js';
import type { PeopleBook } from './recognise/people.js';

/**
 * The positions the orders of the file give in their clauses, beside a person's name, for the people who have none
 * from a stamp, a signature or a cell (recognise/clause-positions.ts); read once the whole file is, so that those
 * come first.
 */
export function readOrderPositions(documents: readonly PlanDoc[], book: PeopleBook): void {
  const texts = documents.filter((d) => d.type === 'order').flatMap((d) => listClauseTexts(d.clauses));
  readClausePositions(texts, book);
}

function listClauseTexts(clauses: unknown): string[] {
  if (!Array.isArray(clauses)) return [];
  return clauses.flatMap((clause: unknown) => {
    if (typeof clause === 'string') return [clause];
    const own = clause as { text?: unknown; clauses?: unknown };
    return [...(typeof own.text === 'string' ? [own.text] : []), ...listClauseTexts(own.clauses)];
  });
}
