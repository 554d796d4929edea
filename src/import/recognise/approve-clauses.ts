import { removeSoftHyphens } from '../../language/hyphenation.js';
import { toAccusativeTitle } from '../../language/title-accusative.js';
import { typographText } from '../../language/typography.js';
import type { PlanDoc } from '../import-state.js';

/** «Утвердить Положение о наставничестве (приложение 2).»: what is approved, and the appendix's number if any. */
const approveClause = /^Утвердить\s+(.+?)\s*\(приложение(?:\s+(\d+))?\)\.?$/su;

/**
 * An order's clauses that approve one of its appendices, as the plan writes them: `approve: <the appendix's id>`
 * in place of the text, so that gramota words the clause and numbers the appendix itself (and renumbers it when
 * the appendices change). Only a clause that gramota would word the same — «Утвердить», the appendix's title in
 * the accusative, «(приложение N)» — and whose appendix carries this order's approval stamp is replaced; any other
 * wording stays the text the document has.
 */
export function withApproveClauses(order: PlanDoc, documents: readonly PlanDoc[]): PlanDoc {
  const appendices = (order.appendices as string[] | undefined) ?? [];
  const clauses = order.clauses as unknown[] | undefined;
  if (appendices.length === 0 || !clauses) return order;
  // An appendix whose stamp says «УТВЕРЖДЕН приказом» of this order: with `approve:`, gramota prints that stamp,
  // where one marked only «Приложение 2 к приказу» would get it too (plan/approving-orders.ts) — so not that one.
  const titleOf = (id: string) => {
    const doc = documents.find((d) => d.id === id);
    const approval = doc?.approval as { order?: unknown } | undefined;
    return approval?.order === order.id ? doc?.title : undefined;
  };
  const toApprove = (clause: unknown): unknown => {
    const own = typeof clause === 'string' ? { text: clause } : (clause as Record<string, unknown>);
    const found = typeof own.text === 'string' ? approveClause.exec(own.text.trim()) : null;
    if (!found) return clause;
    const id =
      found[2] === undefined
        ? appendices.length === 1
          ? appendices[0]
          : undefined
        : appendices[Number(found[2]) - 1];
    const title = id === undefined ? undefined : titleOf(id);
    if (typeof title !== 'string') return clause;
    const worded = toAccusativeTitle(typographText(title.replace(/\n/g, ' ')));
    if (toPlain(worded) !== toPlain(found[1]!)) return clause;
    const { text: _text, ...rest } = own;
    return Object.keys(rest).length === 0 ? { approve: id } : { approve: id, ...rest };
  };
  return { ...order, clauses: clauses.map(toApprove) };
}

/** Text as compared: no soft hyphens, every kind of space one space. */
const toPlain = (text: string) => removeSoftHyphens(text).replace(/\s+/gu, ' ').trim();
