import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';
import { leftOut, ownFolder, variantFolder } from './variants.js';

/**
 * A partner of a network project whose order has no number of its own (an entry with only a date or only its
 * «ознакомлены», or no entry at all) prints the plan's number — the number another organisation's order already has:
 * the plan's own organisation's, or, for an order it does not get (only_for), the first partner's that prints it.
 * Two organisations never share a register, so a partner's order printed «№ 245-од» of the base college is a wrong
 * document: an error at the partner's entry for the order, else at its `documents`, else at the partner.
 */
export function checkVariantNumbers(plan: Plan, report: Report): void {
  const { variants, ...base } = plan;
  if (variants === undefined) return;
  const ids = documentIds(plan);
  const ownLeft = leftOut(base);
  const lefts = variants.map((variant) => leftOut(base, variant));
  plan.documents.forEach((doc, i) => {
    const id = ids[i]!;
    if (doc.type !== 'order') return;
    let holder = ownLeft.has(id) ? undefined : ownFolder(plan);
    variants.forEach((variant, k) => {
      const own = variant.documents?.[id];
      if (lefts[k]!.has(id) || own?.number !== undefined) return;
      const folder = variantFolder(variant);
      if (holder === undefined) {
        holder = folder;
        return;
      }
      // Without an entry: at the variant's `documents:`, or at the variant when it has none (locate.ts).
      report(
        ['variants', k, 'documents', id],
        text.variantNumberInherited(id, folder, doc.number, holder, own !== undefined),
        true,
      );
    });
  });
}
