import { text } from '../messages.js';
import { checkLeftOut } from './check-left-out.js';
import { checkOnlyFor } from './check-only-for.js';
import { documentIds } from './document-ids.js';
import { toPlanPath } from './left-out.js';
import { toPartnerPersonRetelling } from './partner-people.js';
import type { Plan } from './schema/plan.js';
import { suggest } from './suggest.js';
import type { Report } from './validate.js';
import { applyVariant, leftOut, ownFolder, toOwnPlan, variantFolder } from './variants.js';

type Path = readonly (string | number)[];

/**
 * The organisations of a network project: every one has a folder of its own, a variant's `documents` name orders of
 * the plan it gets (one it has not would print its number nowhere), a document's `only_for` names their folders
 * (check-only-for.ts), what each has not is not what the rest needs (check-left-out.ts), and the plan as each has it
 * passes the checks of a plan (`checkWhole`): a person a document names must be among its people, its head too. A
 * problem is reported where the variant says the value (its organization, people, order numbers), else at the
 * document's line, saying for which organisation; what is wrong for the plan's own organisation already is not
 * repeated. A plan without variants is checked whole by the caller: here only its `only_for` (an error there).
 */
export function checkVariants(
  plan: Plan,
  report: Report,
  checkWhole: (plan: Plan, report: Report) => void,
): void {
  const { variants, ...base } = plan;
  if (checkOnlyFor(plan, report) || variants === undefined) return;
  const folders = new Set([ownFolder(plan)]);
  const ids = documentIds(plan);
  const known = new Set<string>();
  const own = { folder: ownFolder(plan), left: leftOut(base) };
  const ownFound = checkLeftOut(plan, own, ids, report);
  const retell = toPartnerPersonRetelling(plan);
  checkWhole(toOwnPlan(base), (kept, told, atKey, about) => {
    const path = toPlanPath(kept, plan.documents, ids, own.left);
    const message = retell(path, told, about?.unknownPersonKey);
    known.add(JSON.stringify([path, message]));
    if (!ownFound) report(path, message, atKey);
  });
  variants.forEach((variant, k) => {
    const at: Path = ['variants', k];
    const folder = variantFolder(variant);
    if (folders.has(folder))
      report(
        [...at, variant.folder === undefined ? 'organization' : 'folder'],
        text.variantFolderTwice(folder),
      );
    folders.add(folder);
    const left = leftOut(base, variant);
    for (const id of Object.keys(variant.documents ?? {})) {
      const i = ids.indexOf(id);
      const doc = plan.documents[i];
      const hint = i < 0 ? suggest(id, ids) : undefined;
      const message =
        doc === undefined
          ? text.unknownDocument(id) + (hint ? `; ${text.didYouMean(hint)}` : '')
          : doc.type !== 'order'
            ? text.variantNotAnOrder(id)
            : variant.leave_out?.includes(id)
              ? text.variantOrderLeftOut(id, folder)
              : left.has(id)
                ? text.variantOrderNotFor(id, folder, doc.only_for ?? [])
                : undefined;
      if (message !== undefined) report([...at, 'documents', id], message, true);
    }
    if (checkLeftOut(plan, { folder, k, left }, ids, report)) return;
    checkWhole(applyVariant(base, variant), (kept, told, atKey, about) => {
      const path = toPlanPath(kept, plan.documents, ids, left);
      const message = retell(path, told, about?.unknownPersonKey);
      if (known.has(JSON.stringify([path, message]))) return;
      const own = toVariantPath(path, plan, k, ids);
      report(own ?? path, own ? message : text.inVariant(folder, message), atKey);
    });
  });
}

/** Where variant `k` says the value at `path` of its plan, if it says it. */
function toVariantPath(path: Path, plan: Plan, k: number, ids: readonly string[]): Path | undefined {
  const variant = plan.variants?.[k];
  const [first, key, field] = path;
  const at = ['variants', k];
  if (variant === undefined) return undefined;
  if (first === 'organization') return [...at, ...path];
  if ((first === 'people' || first === 'orders') && typeof key === 'string' && variant[first]?.[key])
    return [...at, ...path];
  if (
    first === 'documents' &&
    typeof key === 'number' &&
    (field === 'number' || field === 'date' || field === 'acquainted')
  ) {
    const id = ids[key]!;
    if (variant.documents?.[id]?.[field] !== undefined)
      return [...at, 'documents', id, field, ...path.slice(3)];
  }
  return undefined;
}
