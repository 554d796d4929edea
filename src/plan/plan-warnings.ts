import type { Problem } from '../errors.js';
import { checkAppendixMentions } from './check-appendix-mentions.js';
import { checkBaseEmployees } from './check-base-employees.js';
import { findReferenceSlips } from './check-citations.js';
import { checkLaterYears } from './check-later-years.js';
import { checkNamesInText } from './check-names-in-text.js';
import { checkOldYears } from './check-old-years.js';
import { checkOrderSequence } from './check-order-sequence.js';
import { checkRoadmapBeforeOrder } from './check-roadmap-before-order.js';
import { checkVariantTexts } from './check-variant-texts.js';
import { checkYearlessTerms } from './check-yearless-terms.js';
import { type LoadedYaml, loadYaml } from './load.js';
import { locate } from './locate.js';
import type { Plan } from './schema/plan.js';
import { findStaleAgreements } from './stale-agreements.js';

/**
 * Warnings of a valid plan, not errors: what may be meant but would rarely be right — a partner's documents naming
 * an employee of the plan's own organisation (check-base-employees.ts), a name typed in text that names nobody in
 * people (check-names-in-text.ts) or, in a partner's documents, the base organisation (check-variant-texts.ts), a
 * year a text plans for that ends before the project (check-old-years.ts) or comes after it (check-later-years.ts), a
 * reference typed in an order's text that
 * may contradict the plan (check-citations.ts), an agreement dated long before the approval (stale-agreements.ts), an appendix its order's text never mentions
 * (check-appendix-mentions.ts), order numbers of one register going back in time (check-order-sequence.ts).
 * Each at its place in the plan file, which is read again with
 * positions only when there is something to say.
 */
export function toPlanWarnings(plan: Plan, source: string, file: string): Problem[] {
  const found: { path: readonly (string | number)[]; message: string }[] = [];
  checkBaseEmployees(plan, (path, message) => found.push({ path, message }));
  checkNamesInText(plan, (path, message) => found.push({ path, message }));
  checkVariantTexts(plan, (path, message) => found.push({ path, message }));
  checkOldYears(plan, (path, message) => found.push({ path, message }));
  checkLaterYears(plan, (path, message) => found.push({ path, message }));
  checkYearlessTerms(plan, (path, message) => found.push({ path, message }));
  checkRoadmapBeforeOrder(plan, (path, message) => found.push({ path, message }));
  checkOrderSequence(plan, (path, message) => found.push({ path, message }));
  checkAppendixMentions(plan, (path, message) => found.push({ path, message }));
  for (const slip of findReferenceSlips(plan)) if (slip.warning) found.push(slip);
  findStaleAgreements(plan, (path, message) => found.push({ path, message }));
  if (found.length === 0) return [];
  const loaded = loadYaml(source, file) as LoadedYaml;
  return found.map(({ path, message }) => ({ code: 'plan-warning', message, file, ...locate(loaded, path) }));
}
