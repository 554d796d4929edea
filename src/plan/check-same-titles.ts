import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * Two documents of one package never share a title: an order would list two appendices by one name («Положение о
 * наставничестве …» for the regulation and for the group list copied from it), and the files differ only by «_2».
 * The second title is an error naming the first document; titles compare without case and line breaks.
 */
export function checkSameTitles(plan: Plan, report: Report): void {
  const ids = documentIds(plan);
  const seen = new Map<string, string>();
  plan.documents.forEach((doc, i) => {
    const key = doc.title.replace(/\s+/g, ' ').trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, ids[i]!);
    else report(['documents', i, 'title'], text.sameTitle(doc.title.replace(/\s+/g, ' ').trim(), first));
  });
}
