import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import { suggest } from './suggest.js';
import type { Report } from './validate.js';
import { ownFolder, variantFolder } from './variants.js';

/**
 * A document's `only_for` (docs/format.md, «Документ только для некоторых организаций»): every folder it names is
 * the folder of an organisation of the plan — its own or a variant's. In a plan without variants it is an error,
 * not a warning: there is one organisation, and the key says neither to print the document nor not to, so the build
 * would guess; a plan whose variants were deleted would otherwise quietly print, or quietly lose, a partner's own
 * order. Returns whether anything was reported (what each organisation gets cannot be told then).
 */
export function checkOnlyFor(plan: Plan, report: Report): boolean {
  const folders =
    plan.variants === undefined ? undefined : [ownFolder(plan), ...plan.variants.map(variantFolder)];
  let found = false;
  plan.documents.forEach((doc, i) => {
    if (doc.only_for === undefined) return;
    const at = ['documents', i, 'only_for'];
    if (folders === undefined) {
      found = true;
      report(at, text.onlyForWithoutVariants, true);
      return;
    }
    doc.only_for.forEach((folder, j) => {
      if (folders.includes(folder)) return;
      found = true;
      const hint = suggest(folder, folders);
      report([...at, j], text.onlyForUnknown(folder, folders) + (hint ? `; ${text.didYouMean(hint)}` : ''));
    });
  });
  return found;
}
