import type { Order, OrderClause } from '../kinds/order/schema.js';
import { text } from '../messages.js';
import type { ReferenceSlip } from './check-citations.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';

type Path = readonly (string | number)[];

/** «согласно приложению 2», «(приложение № 3)»; one followed by «к положению …» is another act's. */
const appendixCitation = /приложени[а-я]*\s+(?:№\s*)?(\d+)/giu;
const ofAnotherAct = /^\s*к\s+(?!настоящ)/iu;

/**
 * The appendices an order's clauses cite by number, against its `appendices`: a clause that approves a document
 * and cites another appendix's number is an error (the order prints «(приложение 3)» after it); a number past the
 * last appendix, or a clause that names one appendix by the first word of its title («в составе» — «Состав …»)
 * and cites another's number, is a warning. An order with one appendix prints «Приложение» without a number.
 */
export function listAppendixSlips(order: Order, plan: Plan, at: Path): ReferenceSlip[] {
  const appendices = order.appendices ?? [];
  if (appendices.length < 2) return [];
  const ids = documentIds(plan);
  const titleOf = (id: string) => {
    const doc = plan.documents[ids.indexOf(id)];
    return doc !== undefined && 'title' in doc && typeof doc.title === 'string' ? doc.title : id;
  };
  const stems = appendices.map((id) => titleStem(titleOf(id)));
  const slips: ReferenceSlip[] = [];
  const scan = (written: string | undefined, approve: string | undefined, path: Path) => {
    if (written === undefined) return;
    for (const m of written.matchAll(appendixCitation)) {
      if (ofAnotherAct.test(written.slice(m.index + m[0].length))) continue;
      const number = Number(m[1]);
      const approved = approve === undefined ? 0 : appendices.indexOf(approve) + 1;
      if (approved > 0 && number !== approved) {
        slips.push({
          path,
          message: text.approveCitesOtherAppendix(m[0], titleOf(approve!), approved),
          warning: false,
        });
        continue;
      }
      if (approved > 0) continue;
      if (number < 1 || number > appendices.length) {
        slips.push({ path, message: text.citesMissingAppendix(m[0], appendices.length), warning: true });
        continue;
      }
      const before = written.slice(0, m.index).toLowerCase();
      const named = stems.flatMap((stem, j) => (stem !== undefined && namesStem(before, stem) ? [j] : []));
      if (named.length !== 1 || named[0] === number - 1) continue;
      const meant = appendices[named[0]!]!;
      slips.push({
        path,
        message: text.citesOtherAppendix(
          m[0],
          number,
          titleOf(appendices[number - 1]!),
          titleOf(meant),
          named[0]! + 1,
        ),
        warning: true,
      });
    }
  };
  const walk = (clauses: readonly OrderClause[], path: Path) =>
    clauses.forEach((clause, i) => {
      if (typeof clause === 'string') scan(clause, undefined, [...path, i]);
      else {
        scan(clause.text, clause.approve, [...path, i, 'text']);
        walk(clause.clauses ?? [], [...path, i, 'clauses']);
      }
    });
  walk(order.clauses, [...at, 'clauses']);
  return slips;
}

/** The first word of a title without its ending: «Состав …» → «состав», «Положение …» → «положени». */
function titleStem(title: string): string | undefined {
  const word = /^[«"]?([а-яё]+)/iu.exec(title.trim())?.[1]?.toLowerCase();
  const stem = word?.replace(/[аяоеиыйуюь]+$/u, '');
  return stem !== undefined && stem.length >= 4 ? stem : undefined;
}

/** Whether a text has a word that starts with the stem and is at most a long ending longer: «составе», «положения». */
function namesStem(written: string, stem: string): boolean {
  return written.split(/[^а-яё]+/u).some((word) => word.startsWith(stem) && word.length <= stem.length + 3);
}
