import { isValidIsoDate } from '../../language/dates.js';
import { text } from '../../messages.js';
import {
  checkDeclinedPersonRef,
  checkDocumentRef,
  checkPersonRef,
  checkSignatoryPosition,
} from '../../plan/check-plan.js';
import { checkAcquaintedOnce, checkElectronicSignature, checkVisas } from '../../plan/check-requisites.js';
import { checkTermAfterOrder, checkTermInPeriod } from '../../plan/check-term.js';
import type { Plan } from '../../plan/schema/plan.js';
import type { Report } from '../../plan/validate.js';
import { findControlClauses, findControlledBy } from './control-clause.js';
import { findPersonNameInText } from './name-in-clause.js';
import type { Order, OrderClause } from './schema.js';

type Path = (string | number)[];

/** Cross-checks of an order: people, approved documents (they must be its appendices), terms. */
export function checkOrder(order: Order, plan: Plan, at: Path, report: Report): void {
  if (order.approval) report([...at, 'approval'], text.orderStamp, true);
  if (order.agreement) report([...at, 'agreement'], text.orderStamp, true);
  if (order.signer !== undefined) {
    checkPersonRef(plan, order.signer, [...at, 'signer'], report, true);
    checkSignatoryPosition(plan, order.signer, [...at, 'signer'], report);
  } else if (plan.organization.head === undefined) report(at, text.noOrderSigner);
  if (order.control !== undefined && order.control !== 'self') {
    checkPersonRef(plan, order.control, [...at, 'control'], report);
    checkDeclinedPersonRef(plan, order.control, [...at, 'control'], report);
  }
  checkControlClauses(order, plan, at, report);
  if (order.visas) checkVisas(order.visas, order.date, plan, [...at, 'visas'], report);
  const electronic = order.signature?.electronic;
  if (electronic)
    checkElectronicSignature(electronic, order.date, plan, [...at, 'signature', 'electronic'], report);
  order.acquainted?.forEach((ref, i) => {
    checkPersonRef(plan, ref, [...at, 'acquainted', i], report);
  });
  checkAcquaintedOnce(order.acquainted ?? [], plan, [...at, 'acquainted'], report);
  order.appendices?.forEach((id, i) => {
    checkDocumentRef(plan, id, [...at, 'appendices', i], report);
  });
  const approved = new Map<string, string>();
  const check = (clauses: readonly OrderClause[], path: Path, prefix: string) => {
    clauses.forEach((clause, i) => {
      if (typeof clause === 'string') return;
      const here = [...path, i];
      const number = `${prefix}${i + 1}`;
      if (clause.text === undefined && clause.approve === undefined && clause.person === undefined) {
        report(here, text.clauseEmpty);
      }
      if (clause.title !== undefined && clause.approve === undefined)
        report([...here, 'title'], text.titleWithoutApprove);
      if (clause.person !== undefined && clause.text === undefined)
        report([...here, 'person'], text.personWithoutText, true);
      if (
        clause.approve !== undefined &&
        checkDocumentRef(plan, clause.approve, [...here, 'approve'], report)
      ) {
        if (!order.appendices?.includes(clause.approve))
          report([...here, 'approve'], text.approveNotAppended(clause.approve));
        const first = approved.get(clause.approve);
        if (first !== undefined) report([...here, 'approve'], text.approvedTwice(clause.approve, first));
        else approved.set(clause.approve, number);
      }
      if (clause.person !== undefined) {
        checkPersonRef(plan, clause.person, [...here, 'person'], report);
        checkDeclinedPersonRef(plan, clause.person, [...here, 'person'], report);
        const named =
          clause.text === undefined ? undefined : findPersonNameInText(clause.text, clause.person, plan);
        if (named !== undefined) report([...here, 'text'], text.personNameInClause(named, clause.person));
      }
      const people = clause.responsible === undefined ? [] : [clause.responsible].flat();
      people.forEach((ref, j) => {
        const refPath = Array.isArray(clause.responsible)
          ? [...here, 'responsible', j]
          : [...here, 'responsible'];
        checkPersonRef(plan, ref, refPath, report);
      });
      const outside =
        clause.term !== undefined && checkTermInPeriod(clause.term, plan, [...here, 'term'], report);
      if (clause.term !== undefined && !outside && isValidIsoDate(order.date))
        checkTermAfterOrder(clause.term, order.date, [...here, 'term'], report);
      if (clause.clauses) check(clause.clauses, [...here, 'clauses'], `${number}.`);
    });
  };
  check(order.clauses, [...at, 'clauses'], '');
}

/**
 * A control clause typed as text: the template adds its own from `control` («оставляю за собой» when there is none),
 * so the order would print two. An error at the clause, saying how `control` says who controls.
 */
function checkControlClauses(order: Order, plan: Plan, at: Path, report: Report): void {
  for (const i of findControlClauses(order.clauses)) {
    const clause = order.clauses[i]!;
    const written = typeof clause === 'string' ? clause : (clause.text ?? '');
    const who = /оставляю\s+за\s+собой/iu.test(written) ? 'self' : findControlledBy(written, plan);
    const path = typeof clause === 'string' ? [...at, 'clauses', i] : [...at, 'clauses', i, 'text'];
    report(path, text.controlClauseTwice(order.control, who));
  }
}
