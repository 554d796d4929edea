import type { Order, OrderClause } from '../kinds/order/schema.js';
import { text } from '../messages.js';
import type { ReferenceSlip } from './check-citations.js';
import { appendixCitation, findOtherNamed, mentionsAppendix, toAppendixList } from './cited-appendices.js';
import type { Plan } from './schema/plan.js';

type Path = readonly (string | number)[];

/** «согласно приложению 2», «(приложение № 3)»; one followed by «к положению …» is another act's. */
const ofAnotherAct = /^\s*к\s+(?!настоящ)/iu;

/**
 * The appendices an order's clauses cite by number, against its `appendices`: a clause that approves a document
 * and cites another appendix's number is an error (the order prints «(приложение 3)» after it); a number past the
 * last appendix, or a text that names one appendix by the start of its title («в составе» — «Состав …»,
 * «календарным планом-графиком» — «Календарный план-график …») since the previous appendix it cites, and cites
 * another's number, is a warning. An order with one appendix prints «Приложение» without a number.
 */
export function listAppendixSlips(
  order: Order,
  plan: Plan,
  ids: readonly string[],
  at: Path,
): ReferenceSlip[] {
  const appendices = order.appendices ?? [];
  if (appendices.length < 2) return [];
  const list = toAppendixList(appendices, plan, ids);
  const slips: ReferenceSlip[] = [];
  const scan = (written: string | undefined, approve: string | undefined, path: Path) => {
    const approved = approve === undefined ? 0 : appendices.indexOf(approve) + 1;
    if (written === undefined || !mentionsAppendix.test(written)) return;
    let from = 0;
    for (const m of written.matchAll(appendixCitation)) {
      const end = m.index + m[0].length;
      const segment = written.slice(from, m.index);
      from = end;
      const number = Number(m[1]);
      if (ofAnotherAct.test(written.slice(end))) continue;
      if (approved > 0 && number !== approved) {
        slips.push({
          path,
          message: text.approveCitesOtherAppendix(m[0], list.titles[approved - 1]!, approved),
          warning: false,
        });
        continue;
      }
      if (approved > 0) continue;
      if (number < 1 || number > appendices.length) {
        slips.push({ path, message: text.citesMissingAppendix(m[0], appendices.length), warning: true });
        continue;
      }
      const meant = findOtherNamed(segment, number, list);
      if (meant === undefined) continue;
      const message = text.citesOtherAppendix(
        m[0],
        number,
        list.titles[number - 1]!,
        list.titles[meant]!,
        meant + 1,
      );
      slips.push({ path, message, warning: true });
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
