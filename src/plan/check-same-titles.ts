import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * Two appendices of one order never share a title: the order would cite both by one name («Положение о
 * наставничестве …» for the regulation and for the group list copied from it), and the files would differ only by
 * «_2». The second title is an error naming the first document and the order. The appendices of an order of the plan
 * (`appendices`) and the documents attached to one order outside it (`appendix_to`) are compared, without case and
 * line breaks; documents of different orders may share a title (last year's order and this year's).
 */
export function checkSameTitles(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  for (const [order, members] of groupByOrder(plan, ids)) {
    const seen = new Map<string, number>();
    for (const i of members) {
      const title = plan.documents[i]!.title.replace(/\s+/g, ' ').trim();
      const first = seen.get(title.toLowerCase());
      if (first === undefined) seen.set(title.toLowerCase(), i);
      else report(['documents', i, 'title'], text.sameTitle(title, ids[first]!, order));
    }
  }
}

/** The documents appended to each order, by index in the plan, in plan order. */
function groupByOrder(plan: Plan, ids: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const add = (order: string, i: number) => {
    const members = groups.get(order) ?? [];
    if (!members.includes(i)) groups.set(order, [...members, i]);
  };
  plan.documents.forEach((doc, o) => {
    if (doc.type !== 'order') return;
    ids.forEach((id, i) => {
      if (doc.appendices?.includes(id)) add(ids[o]!, i);
    });
  });
  plan.documents.forEach((doc, i) => {
    if (doc.appendix_to?.order !== undefined) add(doc.appendix_to.order, i);
  });
  return groups;
}
