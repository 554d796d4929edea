import type { Problem } from '../errors.js';
import { checkPlainTable } from '../kinds/document/check-table.js';
import { checkOrder } from '../kinds/order/check.js';
import { checkRoadmap } from '../kinds/roadmap/check.js';
import { findKeysAfterItems } from '../kinds/roadmap/keys-after-items.js';
import { checkSchedule } from '../kinds/schedule/check.js';
import { text } from '../messages.js';
import { checkAppendices } from './check-appendices.js';
import { checkAppendixDates } from './check-appendix-dates.js';
import { checkApprovingClauses } from './check-approving-clauses.js';
import { checkCaseForms } from './check-case-forms.js';
import { findReferenceSlips } from './check-citations.js';
import { checkDanglingColons } from './check-dangling-colons.js';
import { checkDoubleApproval } from './check-double-approval.js';
import { checkGlyphs } from './check-glyphs.js';
import { checkHeadingNumbers } from './check-heading-numbers.js';
import { checkKeyWithoutColon } from './check-key-without-colon.js';
import { checkNameOrder } from './check-name-order.js';
import { checkOrderNumbers } from './check-order-numbers.js';
import { checkOrders } from './check-orders.js';
import { checkPartnerAcquainted } from './check-partner-acquainted.js';
import { checkPastedMarkers } from './check-pasted-markers.js';
import { checkPlan } from './check-plan.js';
import { checkAcquaintance } from './check-requisites.js';
import { checkRussianSlips } from './check-russian-slips.js';
import { checkSameTitles } from './check-same-titles.js';
import { checkStampDates } from './check-stamp-dates.js';
import { checkStandIns } from './check-stand-ins.js';
import { checkTemplatesFolder } from './check-templates.js';
import { checkVariantNumbers } from './check-variant-numbers.js';
import { checkVariants } from './check-variants.js';
import { documentIds, findRepeatedIds } from './document-ids.js';
import { toProblems } from './issues.js';
import type { LoadedYaml } from './load.js';
import { locate } from './locate.js';
import { type Plan, type PlanDocument, planSchema } from './schema/plan.js';

/** Reports a problem at a YAML path of the plan. */
export type Report = (
  path: readonly (string | number)[],
  message: string,
  atKey?: boolean,
  /** What the message is about, for a caller that tells it otherwise (plan/partner-people.ts). */
  about?: { readonly unknownPersonKey: string },
) => void;

/**
 * Stage 2: plain data → Plan. Schema problems first; cross-checks only on a plan that has the right shape.
 * `baseDir` is the plan file's folder, where `settings.templates` starts.
 */
export function validatePlan(loaded: LoadedYaml, baseDir = '.'): Plan | readonly Problem[] {
  const parsed = planSchema.safeParse(loaded.data, { reportInput: true });
  if (!parsed.success) return toProblems(parsed.error.issues, loaded, planSchema).sort(byPosition);
  const problems: Problem[] = [];
  const report: Report = (path, message, atKey = false) =>
    problems.push({ code: 'reference-unknown', message, file: loaded.file, ...locate(loaded, path, atKey) });
  // A repeated id makes every reference to it ambiguous: the cross-checks would only blame those references.
  const repeated = findRepeatedIds(parsed.data);
  for (const i of repeated) report(['documents', i, 'id'], text.duplicateId(documentIds(parsed.data)[i]!));
  if (repeated.length > 0) return problems;
  const plan = checkStageTerms(loaded, parsed.data, problems);
  // A network project checks the plan as each organisation has it, its own too (check-variants.ts).
  if (plan.variants === undefined) checkWhole(plan, report);
  checkVariants(plan, report, checkWhole);
  checkVariantNumbers(parsed.data, report);
  checkPartnerAcquainted(parsed.data, report);
  checkTemplatesFolder(parsed.data, baseDir, report);
  checkPastedMarkers(parsed.data, report);
  checkNameOrder(parsed.data, report);
  checkKeyWithoutColon(parsed.data, report);
  checkDanglingColons(parsed.data, report);
  checkRussianSlips(parsed.data, report);
  checkHeadingNumbers(parsed.data, report);
  checkGlyphs(loaded.data, (path, message) =>
    problems.push({ code: 'plan-invalid', message, file: loaded.file, ...locate(loaded, path) }),
  );
  return problems.length > 0 ? problems.sort(byPosition) : parsed.data;
}

/**
 * A stage's `term` written after its items, at the stage's indent, is almost always the last item's term a level
 * too far left: the document would print it as the stage's term and leave the item's cell empty. An error, not a
 * warning: moving a stage term meant as such above `items` costs nothing. The rest is checked without those terms,
 * so that no item is told its term lies outside a stage term it never had.
 */
function checkStageTerms(loaded: LoadedYaml, plan: Plan, problems: Problem[]): Plan {
  const found = findKeysAfterItems(loaded).filter((k) => k.owner === 'stage' && k.key === 'term');
  for (const k of found) {
    const at = locate(loaded, k.path, true);
    problems.push({ code: 'plan-invalid', message: text.stageTermAfterItems(k), file: loaded.file, ...at });
  }
  return found.reduce((kept, k) => omitAt(kept, k.path) as Plan, plan);
}

/** A copy of `value` without the key at `path`, sharing every part off that path. */
function omitAt(value: unknown, path: readonly (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? omitAt(v, rest) : v));
  const { [head]: inner, ...others } = value as Record<string, unknown>;
  return rest.length === 0 ? others : { ...value, [head]: omitAt(inner, rest) };
}

/** The checks of a plan as one organisation has it (a network project checks each, check-variants.ts). */
function checkWhole(plan: Plan, report: Report): void {
  checkPlan(plan, report);
  checkCaseForms(plan, report);
  checkAppendices(plan, report);
  checkDoubleApproval(plan, report);
  checkStandIns(plan, report);
  checkApprovingClauses(plan, report);
  checkOrders(plan, report);
  checkOrderNumbers(plan, report);
  checkSameTitles(plan, report);
  checkStampDates(plan, report);
  checkAppendixDates(plan, report);
  for (const slip of findReferenceSlips(plan)) if (!slip.warning) report(slip.path, slip.message);
  plan.documents.forEach((doc, i) => {
    checkDocument(doc, plan, ['documents', i], report);
  });
}

function checkDocument(doc: PlanDocument, plan: Plan, at: (string | number)[], report: Report): void {
  switch (doc.type) {
    case 'roadmap':
      checkRoadmap(doc, plan, at, report);
      return;
    case 'order':
      checkOrder(doc, plan, at, report);
      return;
    case 'document':
      doc.body.forEach((block, b) => {
        if ('roadmap' in block) checkRoadmap(block.roadmap, plan, [...at, 'body', b, 'roadmap'], report);
        if ('table' in block) checkPlainTable(block.table, [...at, 'body', b, 'table'], report);
      });
      if (doc.acquaintance) checkAcquaintance(doc.acquaintance, plan, [...at, 'acquaintance'], report);
      return;
    case 'schedule':
      checkSchedule(doc, plan, at, report);
      return;
    case 'regulation':
      if (doc.acquaintance) checkAcquaintance(doc.acquaintance, plan, [...at, 'acquaintance'], report);
      return;
    case 'passport':
      return;
    default: {
      const _exhaustive: never = doc;
      throw new Error(`unknown document ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
