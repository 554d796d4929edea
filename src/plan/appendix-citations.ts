import type { Order, OrderClause } from '../kinds/order/schema.js';
import { text } from '../messages.js';
import type { ReferenceSlip } from './check-citations.js';
import {
  appendixCitation,
  checkOrderAppendix,
  findOtherNamed,
  mentionsAppendix,
  toAppendixList,
} from './cited-appendices.js';
import type { Plan } from './schema/plan.js';

type Path = readonly (string | number)[];

/** «… к положению о практике»: an appendix of another act; «к приказу от … № …» is checked when the plan has it. */
const ofAnotherAct = /^\s*к\s+(?!настоящ)/iu;

/**
 * The appendices an order's clauses cite by number, against its `appendices`: a clause that approves a document
 * and cites another appendix's number is an error (the order prints «(приложение 3)» after it); a number past the
 * last appendix, or a text that names one appendix by the start of its title («в составе» — «Состав …»,
 * «календарным планом-графиком» — «Календарный план-график …») and cites another's number, is a warning. So are
 * appendices numbered out of the order the text first mentions them in («приложению 2» before «(приложение 1)»).
 * An order with one appendix prints «Приложение» without a number. «приложение 3 к приказу от … № …» of an order of
 * the plan is checked against that order (cited-appendices.ts).
 */
export function listAppendixSlips(
  order: Order,
  plan: Plan,
  ids: readonly string[],
  at: Path,
): ReferenceSlip[] {
  const appendices = order.appendices ?? [];
  const own = appendices.length >= 2;
  const list = own ? toAppendixList(appendices, plan, ids) : { titles: [], keys: [] };
  const slips: ReferenceSlip[] = [];
  const mentions: { number: number; path: Path }[] = [];
  const scan = (written: string | undefined, approve: string | undefined, path: Path, clause = path) => {
    const approved = approve === undefined ? 0 : appendices.indexOf(approve) + 1;
    if (approved > 0) mentions.push({ number: approved, path: [...clause, 'approve'] });
    if (written === undefined || !mentionsAppendix.test(written)) return;
    let from = 0;
    for (const m of written.matchAll(appendixCitation)) {
      const end = m.index + m[0].length;
      const segment = written.slice(from, m.index);
      from = end;
      const number = Number(m[1]);
      const after = written.slice(end);
      if (ofAnotherAct.test(after)) {
        const slip = checkOrderAppendix({ number, written: m[0], segment, after }, plan, ids, path);
        if (slip) slips.push(slip);
        continue;
      }
      if (!own) continue;
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
      mentions.push({ number, path });
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
        scan(clause.text, clause.approve, [...path, i, 'text'], [...path, i]);
        walk(clause.clauses ?? [], [...path, i, 'clauses']);
      }
    });
  walk(order.clauses, [...at, 'clauses']);
  if (own) slips.push(...listOutOfOrder(mentions));
  return slips;
}

/** The first appendix mentioned before one with a smaller number that is mentioned for the first time later. */
function listOutOfOrder(mentions: readonly { number: number; path: Path }[]): ReferenceSlip[] {
  const first = mentions.filter((m, i) => mentions.findIndex((n) => n.number === m.number) === i);
  for (const [i, early] of first.entries()) {
    const later = first.slice(i + 1).find((m) => m.number < early.number);
    if (later !== undefined)
      return [
        { path: early.path, message: text.appendicesOutOfOrder(early.number, later.number), warning: true },
      ];
  }
  return [];
}
