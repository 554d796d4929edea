import type { OrderClause } from '../kinds/order/schema.js';
import { text } from '../messages.js';
import { personFields } from './check-base-employees.js';
import { appendixCitation, mentionsAppendix, toAppendixList } from './cited-appendices.js';
import { isClauseKept } from './left-out.js';
import type { Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import { suggest } from './suggest.js';
import { forEachText } from './typed-texts.js';
import type { Report } from './validate.js';
import { leftOut, variantFolder } from './variants.js';

/** «приложение 3 к положению …», «… к приказу от …»: another act's appendix, not this order's. */
const ofAnotherAct = /^\s*к\s+(?!настоящ)/iu;

/**
 * A variant's `leave_out` (docs/format.md, «Сетевой проект»): every id names a document of the plan, and what the
 * organisation keeps does not lean on what it leaves out — a document approved by a left-out order, a schedule of a
 * left-out roadmap, an appendix number typed in an order's clause that is another document's (or none) once the
 * left-out appendices are gone. Each an error, not a warning: the partner's folder would print a reference to a
 * document it has not, and the text is the same for every organisation, so only the plan can be changed. Returns
 * whether anything was reported (the variant's own checks would then only repeat it).
 */
export function checkLeftOut(plan: Plan, k: number, ids: readonly string[], report: Report): boolean {
  const variant = plan.variants![k]!;
  const folder = variantFolder(variant);
  const left = leftOut(variant);
  let found = false;
  const at = (path: Path, message: string, atKey = false) => {
    found = true;
    report(path, message, atKey);
  };
  variant.leave_out?.forEach((id, j) => {
    if (ids.includes(id)) return;
    const hint = suggest(id, ids);
    at(
      ['variants', k, 'leave_out', j],
      text.leftOutUnknown(id, ids) + (hint ? `; ${text.didYouMean(hint)}` : ''),
    );
  });
  if (ids.every((id) => left.has(id))) at(['variants', k, 'leave_out'], text.leftOutAll(folder), true);
  plan.documents.forEach((doc, i) => {
    if (left.has(ids[i]!)) return;
    const approving = doc.approval && 'order' in doc.approval ? doc.approval.order : undefined;
    if (approving !== undefined && left.has(approving))
      at(['documents', i, 'approval', 'order'], text.leftOutApprovingOrder(folder, approving));
    if (doc.type === 'schedule' && left.has(doc.roadmap))
      at(['documents', i, 'roadmap'], text.leftOutRoadmap(folder, doc.roadmap));
    if (doc.type !== 'order' || !doc.appendices?.some((a) => left.has(a))) return;
    const titles = toAppendixList(doc.appendices, plan, ids).titles;
    const kept = doc.appendices.filter((a) => !left.has(a));
    forEachKeptText(doc.clauses, ['documents', i, 'clauses'], left, (written, path) => {
      for (const m of written.matchAll(appendixCitation)) {
        const number = Number(m[1]);
        const id = doc.appendices![number - 1];
        if (id === undefined || ofAnotherAct.test(written.slice(m.index + m[0].length))) continue;
        const now = kept.indexOf(id) + 1;
        if (now === 0) at(path, text.leftOutAppendixGone(folder, m[0], titles[number - 1]!));
        else if (now !== number) at(path, text.leftOutAppendixMoved(folder, m[0], titles[number - 1]!, now));
      }
    });
  });
  return found;
}

/** The texts typed in the clauses an organisation that leaves out `left` prints, with their paths in the plan. */
function forEachKeptText(
  clauses: readonly OrderClause[],
  at: Path,
  left: ReadonlySet<string>,
  visit: (written: string, path: Path) => void,
): void {
  clauses.forEach((clause, c) => {
    if (!isClauseKept(clause, left)) return;
    const { clauses: inner, ...own } = typeof clause === 'string' ? { clauses: undefined } : clause;
    const value = typeof clause === 'string' ? clause : own;
    forEachText(
      value,
      [...at, c],
      (written, path) => {
        if (mentionsAppendix.test(written)) visit(written, [...path]);
      },
      personFields,
    );
    if (inner) forEachKeptText(inner, [...at, c, 'clauses'], left, visit);
  });
}
