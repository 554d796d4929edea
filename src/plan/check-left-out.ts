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
import { isFor } from './variants.js';

/** «приложение 3 к положению …», «… к приказу от …»: another act's appendix, not this order's. */
const ofAnotherAct = /^\s*к\s+(?!настоящ)/iu;

/** An organisation of a network project and the ids of the plan's documents it does not get (variants.ts leftOut). */
export type Recipient = {
  readonly folder: string;
  /** Its index in `variants`; undefined: the plan's own organisation. */
  readonly k?: number | undefined;
  readonly left: ReadonlySet<string>;
};

/**
 * What an organisation of a network project does not get (docs/format.md, «Сетевой проект»): a variant's `leave_out`
 * names documents of the plan, something is left to it, and what it keeps does not lean on what it has not — a
 * document approved by an order it has not, a schedule of a roadmap it has not, an appendix number typed in an
 * order's clause that is another document's (or none) once its missing appendices are gone. The same for the
 * documents whose `only_for` names other organisations, the plan's own organisation too, each message naming the
 * key that took the document away. Each an error, not a warning: the partner's folder would print a reference to a
 * document it has not, and the text is the same for every organisation, so only the plan can be changed. An appendix
 * it has not is not one: its order goes without it, the clause approving it unprinted (left-out.ts). Returns
 * whether anything was reported (the organisation's own checks would then only repeat it).
 */
export function checkLeftOut(plan: Plan, org: Recipient, ids: readonly string[], report: Report): boolean {
  const { folder, k, left } = org;
  const variant = k === undefined ? undefined : plan.variants![k]!;
  const cause = (id: string) => (variant?.leave_out?.includes(id) ? 'leave_out' : 'only_for');
  const onlyFor = (id: string) => plan.documents[ids.indexOf(id)]?.only_for ?? [];
  let found = false;
  const at = (path: Path, message: string, atKey = false) => {
    found = true;
    report(path, message, atKey);
  };
  variant?.leave_out?.forEach((id, j) => {
    if (ids.includes(id)) return;
    const hint = suggest(id, ids);
    at(
      ['variants', k!, 'leave_out', j],
      text.leftOutUnknown(id, ids) + (hint ? `; ${text.didYouMean(hint)}` : ''),
    );
  });
  if (ids.every((id) => left.has(id))) {
    if (ids.every((id) => cause(id) === 'leave_out'))
      at(['variants', k!, 'leave_out'], text.leftOutAll(folder), true);
    else {
      const i = plan.documents.findIndex((doc) => !isFor(doc, folder));
      const message = text.onlyForNothingLeft(
        folder,
        variant !== undefined,
        variant?.leave_out !== undefined,
      );
      at(['documents', i, 'only_for'], message, true);
    }
  }
  plan.documents.forEach((doc, i) => {
    if (left.has(ids[i]!)) return;
    const approving = doc.approval && 'order' in doc.approval ? doc.approval.order : undefined;
    if (approving !== undefined && left.has(approving))
      at(
        ['documents', i, 'approval', 'order'],
        cause(approving) === 'leave_out'
          ? text.leftOutApprovingOrder(folder, approving)
          : text.onlyForApprovingOrder(folder, approving, onlyFor(approving)),
      );
    if (doc.type === 'schedule' && left.has(doc.roadmap))
      at(
        ['documents', i, 'roadmap'],
        cause(doc.roadmap) === 'leave_out'
          ? text.leftOutRoadmap(folder, doc.roadmap)
          : text.onlyForRoadmap(folder, doc.roadmap, onlyFor(doc.roadmap)),
      );
    if (doc.type !== 'order' || !doc.appendices?.some((a) => left.has(a))) return;
    const titles = toAppendixList(doc.appendices, plan, ids).titles;
    const kept = doc.appendices.filter((a) => !left.has(a));
    const causes = [...new Set(doc.appendices.filter((a) => left.has(a)).map(cause))].sort().join(', ');
    forEachKeptText(doc.clauses, ['documents', i, 'clauses'], left, (written, path) => {
      for (const m of written.matchAll(appendixCitation)) {
        const number = Number(m[1]);
        const id = doc.appendices![number - 1];
        if (id === undefined || ofAnotherAct.test(written.slice(m.index + m[0].length))) continue;
        const now = kept.indexOf(id) + 1;
        const title = titles[number - 1]!;
        // Its own appendix of that number, as its package prints it: a document of the same title (each organisation's
        // own «Состав рабочей группы», only_for) is the same citation.
        const own = kept[number - 1];
        const ownTitle = own === undefined ? undefined : titles[doc.appendices!.indexOf(own)];
        if (ownTitle === title) continue;
        if (now === 0) at(path, text.leftOutAppendixGone(folder, m[0], title, cause(id), ownTitle));
        else if (now !== number) at(path, text.leftOutAppendixMoved(folder, m[0], title, now, causes));
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
