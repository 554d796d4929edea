import { toAccusativeTitle } from '../language/title-accusative.js';
import { importText } from '../messages.js';
import type { PlanDoc } from './import-state.js';
import { readApproveClause } from './recognise/approve-clauses.js';

/** The most appendices a file may leave out before one it holds: a larger number is no appendix's own. */
export const mostMissing = 9;

/**
 * Appendices the file leaves out: its first appendix after the order is marked «Приложение 2» (appendix 1 is a
 * file of its own). The plan numbers appendices by their place in `appendices`, so each one missing gets a stand-in
 * there — a document whose title is what the clause citing it names («Утвердить Положение о … (приложение 1)»), or
 * «Приложение N» — and the appendices the file holds keep their numbers, with the clauses that cite them by number.
 * `gramota import --into` puts the appendix in the stand-in's place (merge-appendix.ts). `listed`: the appendices
 * the order has so far; `marked`: the number the next one's mark gives.
 */
export function toMissingAppendices(order: PlanDoc, listed: number, marked: number | undefined): PlanDoc[] {
  if (marked === undefined || marked <= listed + 1 || marked - listed - 1 > mostMissing) return [];
  return Array.from({ length: marked - listed - 1 }, (_, i) =>
    toStandIn(listed + i + 1, findCitedTitle(order, listed + i + 1)),
  );
}

/** The stand-in of appendix N: the title the order gives it, or «Приложение N», and the sentence check knows it by. */
export function toStandIn(number: number, title: string | undefined): PlanDoc {
  return {
    type: 'document',
    id: `appendix-${number}`,
    title: title ?? importText.missingAppendixTitle(number),
    body: [{ paragraph: importText.missingAppendixBody(number) }],
  };
}

/** What the order's clause approving appendix N names, as a title: only a name that reads the same as one. */
export function findCitedTitle(order: PlanDoc, number: number): string | undefined {
  for (const clause of (order.clauses as unknown[] | undefined) ?? []) {
    const text = typeof clause === 'string' ? clause : (clause as { text?: unknown }).text;
    const read = typeof text === 'string' ? readApproveClause(text) : undefined;
    if (read?.number !== number) continue;
    const title = read.named.charAt(0).toUpperCase() + read.named.slice(1);
    // «Утвердить Положение о …»: the accusative is the title itself; «Утвердить программу …» is not.
    return toAccusativeTitle(title) === title ? title : undefined;
  }
  return undefined;
}
