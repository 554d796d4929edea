import { importText } from '../messages.js';
import { readStandInNumber } from '../plan/check-stand-ins.js';
import type { PlanDoc } from './import-state.js';
import type { MergedParts } from './merge-renames.js';
import type { Note } from './notes.js';
import { readApproveClause } from './recognise/approve-clauses.js';
import { findNamed } from './title-match.js';

/**
 * `--into`: the stand-ins the import made for an order's appendices its file does not hold, where the plan has that
 * document already (the roadmap imported before the order that approves it as «(приложение 2)»): the order's
 * appendix N is the plan's document, found by the title the order gives it (its clause «Утвердить дорожную карту
 * … (приложение 2)», its list «Приложения: … 2. Дорожная карта …»), as an appendix found by its mark's number is
 * (merge-appendix.ts), and the stand-in goes. A document of the plan another order appends, or a stand-in the
 * order's clause approves (`approve:`) where the plan's document has a stamp of its own, is not linked. `notes`:
 * the imported ones, moved with the documents, and one on each link.
 */
export function linkPlanAppendices(
  existing: Record<string, unknown>,
  parts: MergedParts,
  notes: readonly Note[],
): { parts: MergedParts; notes: Note[] } {
  const own = (Array.isArray(existing.documents) ? existing.documents : []) as PlanDoc[];
  const appended = new Set(own.flatMap((d) => (d.type === 'order' ? toIds(d.appendices) : [])));
  let free = own.filter(
    (d) =>
      typeof d.id === 'string' &&
      typeof d.title === 'string' &&
      d.type !== 'order' &&
      !appended.has(d.id) &&
      readStandInNumber(d) === undefined,
  );
  const gone = new Set<PlanDoc>();
  const linked: Note[] = [];
  const documents = parts.documents.map((order, o) => {
    if (order.type !== 'order') return order;
    const appendices = toIds(order.appendices).map((id, i) => {
      const standIn = parts.documents.find((d) => d.id === id);
      if (readStandInNumber(standIn) !== i + 1) return id;
      const approving = isApproved(order.clauses, id);
      const names = toStandInNames(order, i + 1, standIn!);
      const found = findNamed(
        names,
        free.filter((d) => !approving || d.approval === undefined),
        (d) => String(d.title),
      );
      if (!found) return id;
      free = free.filter((d) => d !== found);
      gone.add(standIn!);
      const title = String(found.title).replace(/\s*\n\s*/g, ' ');
      linked.push({
        path: ['documents', o, 'appendices'],
        text: importText.linkedAppendix(i + 1, String(found.id), title),
      });
      return String(found.id);
    });
    if (gone.size === 0) return order;
    const renamed = new Map(toIds(order.appendices).map((id, i) => [id, appendices[i]!]));
    return { ...order, appendices, clauses: renameApproved(order.clauses, renamed) };
  });
  if (gone.size === 0) return { parts, notes: [...notes] };
  // Stand-ins go, and the notes on the documents after them move up with them.
  const places = parts.documents.map(
    (_, i) => i - parts.documents.slice(0, i).filter((x) => gone.has(x)).length,
  );
  const moved = [...notes, ...linked].flatMap((note): Note[] => {
    const [top, d, ...rest] = note.path;
    if (top !== 'documents' || typeof d !== 'number') return [note];
    return gone.has(parts.documents[d]!) ? [] : [{ ...note, path: ['documents', places[d]!, ...rest] }];
  });
  return {
    parts: { ...parts, documents: documents.filter((_, i) => !gone.has(parts.documents[i]!)) },
    notes: moved,
  };
}

/**
 * `--into` the other way round: the stand-in of one of the plan's orders that an imported document without a mark
 * is, by the title the order gives it — the roadmap imported after the order. Only a stand-in as the import wrote it
 * (nothing of hers in it) and not `taken` by another document of the file.
 */
export function findStandInNamed(
  imported: PlanDoc,
  own: readonly PlanDoc[],
  taken: readonly string[],
): { order: PlanDoc; number: number } | undefined {
  if (typeof imported.title !== 'string') return undefined;
  const title = imported.title;
  const found = own.flatMap((order) =>
    order.type !== 'order'
      ? []
      : toIds(order.appendices).flatMap((id, i) => {
          const standIn = own.find((d) => d.id === id);
          const untouched = Array.isArray(standIn?.body) && standIn.body.length === 1;
          if (taken.includes(id) || !untouched || readStandInNumber(standIn) !== i + 1) return [];
          const names = toStandInNames(order, i + 1, standIn!);
          return findNamed(names, [title], (t) => t) ? [{ order, number: i + 1 }] : [];
        }),
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The titles an order gives its appendix N, the most telling first: what its clause approving it names, then the
 * stand-in's title (the clause's in the nominative, or the list's «Дорожная карта»), unless only «Приложение N».
 */
export function toStandInNames(order: PlanDoc, number: number, standIn: PlanDoc): string[] {
  const clauses = ((order.clauses as unknown[] | undefined) ?? []).map((c) =>
    typeof c === 'string' ? c : (c as { text?: unknown }).text,
  );
  const named = clauses.flatMap((text) => {
    const read = typeof text === 'string' ? readApproveClause(text) : undefined;
    return read?.number === number ? [read.named] : [];
  });
  const title = typeof standIn.title === 'string' ? standIn.title : '';
  return [...named, ...(title === importText.missingAppendixTitle(number) || title === '' ? [] : [title])];
}

const toIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Whether a clause (or a sub-clause) approves the document: `approve: id`. */
function isApproved(clauses: unknown, id: string): boolean {
  return (
    Array.isArray(clauses) &&
    clauses.some((c) => {
      const own = (c ?? {}) as { approve?: unknown; clauses?: unknown };
      return own.approve === id || isApproved(own.clauses, id);
    })
  );
}

/** Clauses with `approve:` following the appendices' new ids. */
function renameApproved(clauses: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (!Array.isArray(clauses)) return clauses;
  return clauses.map((clause) => {
    if (clause === null || typeof clause !== 'object') return clause;
    const own = clause as Record<string, unknown>;
    const approve = typeof own.approve === 'string' ? renamed.get(own.approve) : undefined;
    return {
      ...own,
      ...(approve !== undefined && { approve }),
      ...(own.clauses !== undefined && { clauses: renameApproved(own.clauses, renamed) }),
    };
  });
}
