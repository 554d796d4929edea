import { text } from '../messages.js';
import { checkLeftOut } from './check-left-out.js';
import { documentIds } from './document-ids.js';
import { toPlanPath } from './left-out.js';
import type { Plan } from './schema/plan.js';
import { suggest } from './suggest.js';
import type { Report } from './validate.js';
import { applyVariant, leftOut, ownFolder, variantFolder } from './variants.js';

type Path = readonly (string | number)[];

/**
 * The variants of a network project: every organisation has a folder of its own, a variant's `documents` name
 * orders of the plan it keeps (one it leaves out would print its number nowhere), its `leave_out` documents of the plan that what it keeps does not need (check-left-out.ts),
 * and the plan as each organisation has it passes the checks of a plan (`checkWhole`): a person
 * a document names must be among its people, its head too. A problem is reported where the variant says the value
 * (its organization, people, order numbers), else at the document's line, saying for which organisation; what is
 * wrong for the plan's own organisation already is not repeated.
 */
export function checkVariants(
  plan: Plan,
  report: Report,
  checkWhole: (plan: Plan, report: Report) => void,
): void {
  const { variants, ...base } = plan;
  if (variants === undefined) return;
  const folders = new Set([ownFolder(plan)]);
  const ids = documentIds(plan);
  const known = new Set<string>();
  checkWhole(base, (path, message) => known.add(JSON.stringify([path, message])));
  variants.forEach((variant, k) => {
    const at: Path = ['variants', k];
    const folder = variantFolder(variant);
    if (folders.has(folder))
      report(
        [...at, variant.folder === undefined ? 'organization' : 'folder'],
        text.variantFolderTwice(folder),
      );
    folders.add(folder);
    const orderIds = Object.keys(variant.documents ?? {});
    for (const id of orderIds) {
      const i = ids.indexOf(id);
      const hint = i < 0 ? suggest(id, ids) : undefined;
      if (i < 0)
        report(
          [...at, 'documents', id],
          text.unknownDocument(id) + (hint ? `; ${text.didYouMean(hint)}` : ''),
          true,
        );
      else if (plan.documents[i]?.type !== 'order')
        report([...at, 'documents', id], text.variantNotAnOrder(id), true);
      else if (variant.leave_out?.includes(id))
        report([...at, 'documents', id], text.variantOrderLeftOut(id, folder), true);
    }
    if (checkLeftOut(plan, k, ids, report)) return;
    const left = leftOut(variant);
    checkWhole(applyVariant(base, variant), (kept, message, atKey) => {
      const path = toPlanPath(kept, plan.documents, ids, left);
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
