import { importText } from '../messages.js';
import type { ImportState, PlanDoc } from './import-state.js';
import type { PlanPath } from './notes.js';
import { readControl } from './recognise/control.js';

/**
 * An order's control clause kept as text because the person it names («… возложить на … Иванову Н.П.») was not
 * read yet when the order was: the appendices after it may name them («Ответственный»). With the whole file read,
 * the clause becomes `control:` and its note goes.
 */
export function resolveLateControl(doc: PlanDoc, path: PlanPath, state: ImportState): PlanDoc {
  const clauses = doc.clauses as unknown[] | undefined;
  const last = clauses?.at(-1);
  if (doc.type !== 'order' || doc.control !== undefined || typeof last !== 'string') return doc;
  const controller = readControl(last, state.book);
  if (controller === undefined) return doc;
  const at = clauses!.length - 1;
  const kept = state.notes.findIndex(
    (n) => n.text === importText.controlKept && samePath(n.path, [...path, 'clauses', at]),
  );
  if (kept >= 0) state.notes.splice(kept, 1);
  // `control` stands before `signer`, as the plan writes it for an order read at once.
  const entries: [string, unknown][] = Object.entries({ ...doc, clauses: clauses!.slice(0, at) });
  return Object.fromEntries(
    entries.flatMap(([key, value]): [string, unknown][] =>
      key === 'signer'
        ? [
            ['control', controller],
            [key, value],
          ]
        : [[key, value]],
    ),
  );
}

const samePath = (a: PlanPath, b: PlanPath) => a.length === b.length && a.every((part, i) => part === b[i]);
