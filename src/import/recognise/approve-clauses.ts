import { removeSoftHyphens } from '../../language/hyphenation.js';
import { toAccusativeTitle } from '../../language/title-accusative.js';
import { typographText } from '../../language/typography.js';
import { importText } from '../../messages.js';
import { namesTitle, splitWords, toTitleKeys } from '../../plan/title-keys.js';
import type { PlanDoc } from '../import-state.js';
import type { Note } from '../notes.js';

/**
 * «Утвердить Положение о наставничестве (приложение 2).», «… (приложение № 2)», «… (приложение)», «… (прилагается)»,
 * «Утвердить состав рабочей группы согласно приложению 2.»: what is approved, the appendix's number if any, and
 * whether gramota words the rest of the clause the same («(приложение N)»).
 */
const approveClauses: readonly { pattern: RegExp; same: boolean }[] = [
  { pattern: /^Утвердить\s+(.+?)\s*\(приложение(?:\s*№?\s*(\d+))?\)\.?$/su, same: true },
  { pattern: /^Утвердить\s+(.+?)\s*\(прилагается\)\.?$/su, same: false },
  {
    pattern:
      /^Утвердить\s+(.+?)\s+(?:в\s+соответствии\s+с|согласно)\s+приложени(?:ю|ем)(?:\s*№?\s*(\d+))?\.?$/su,
    same: false,
  },
];

/**
 * An order's clauses that approve one of its appendices, as the plan writes them: `approve: <the appendix's id>`
 * in place of the text, so that gramota words the clause and numbers the appendix itself (and renumbers it when
 * appendices are added). The appendix is the one the clause numbers, or, without a number, the only one or the one
 * whose title the clause's words start with (in any case: «календарный план …» — «Календарный план …»); the clause
 * names it by that title. Where the clause's title is not the document's own in the accusative («… на 2026–2027
 * годы»), the clause keeps it (`title`). An appendix approved so gets the stamp «УТВЕРЖДЕН приказом …» instead of a
 * mark «Приложение к приказу …» (plan/approving-orders.ts): a note says so, as it says when the wording changes.
 */
export function withApproveClauses(
  order: PlanDoc,
  documents: readonly PlanDoc[],
  path: readonly (string | number)[],
): { order: PlanDoc; notes: Note[] } {
  const appendices = (order.appendices as string[] | undefined) ?? [];
  const clauses = order.clauses as unknown[] | undefined;
  const notes: Note[] = [];
  if (appendices.length === 0 || !clauses) return { order, notes };
  const docs = appendices.map((id) => documents.find((d) => d.id === id));
  const titles = docs.map((doc) => (typeof doc?.title === 'string' ? doc.title.replace(/\n/g, ' ') : ''));
  const keys = toTitleKeys(titles);
  const approved = new Set<string>();
  const toApprove = (clause: unknown, i: number): unknown => {
    const own = typeof clause === 'string' ? { text: clause } : (clause as Record<string, unknown>);
    if (typeof own.text !== 'string' || own.clauses !== undefined || own.list !== undefined) return clause;
    const text = own.text.trim();
    const read = readApproveClause(text);
    if (!read) return clause;
    const named = read.named;
    const words = splitWords(named);
    const startsWithTitle = (a: number) => {
      const key = keys[a];
      return key !== undefined && namesTitle(words.slice(0, key.length), key);
    };
    const number = read.number;
    const at =
      number !== undefined
        ? number - 1
        : appendices.length === 1
          ? 0
          : appendices.findIndex((_, a) => startsWithTitle(a));
    const id = appendices[at];
    if (id === undefined || approved.has(id) || !startsWithTitle(at)) return clause;
    const worded = toPlain(toAccusativeTitle(typographText(titles[at]!)));
    const { text: _text, ...rest } = own;
    const title = toPlain(typographText(named)) === worded ? {} : { title: named };
    const doc = docs[at]!;
    const stamped = (doc.approval as { order?: unknown } | undefined)?.order === order.id;
    // An appendix with a stamp of its own («УТВЕРЖДАЮ Директор …») is not approved by the order a second time.
    if (doc.approval !== undefined && !stamped) return clause;
    approved.add(id);
    if (!read.same || !stamped)
      notes.push({ path: [...path, 'clauses', i], text: importText.clauseApproves(text, stamped) });
    return { approve: id, ...title, ...rest };
  };
  return { order: { ...order, clauses: clauses.map(toApprove) }, notes };
}

/** A clause «Утвердить X (приложение N).» or the like: X as plain text, N if the clause gives it. */
export function readApproveClause(
  text: string,
): { named: string; number: number | undefined; same: boolean } | undefined {
  for (const { pattern, same } of approveClauses) {
    const found = pattern.exec(text.trim());
    if (found)
      return {
        named: toPlain(found[1]!),
        number: found[2] === undefined ? undefined : Number(found[2]),
        same,
      };
  }
  return undefined;
}

/** Text as compared: no soft hyphens, every kind of space one space. */
const toPlain = (text: string) => removeSoftHyphens(text).replace(/\s+/gu, ' ').trim();
