import { importText, text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/** The most appendices an import puts stand-ins for (import/missing-appendices.ts). */
const mostStandIns = 10;

/**
 * A stand-in the import put for an appendix its file did not hold («Приложения 1 в импортированном файле нет: …»)
 * is an error while it is in the plan: the package would print that sentence as appendix 1 and send it. The fix is
 * the appendix itself: its Word file added to the plan (it takes the stand-in's place) or its text written in.
 */
export function checkStandIns(plan: Plan, report: Report): void {
  plan.documents.forEach((doc, i) => {
    if (doc.type !== 'document') return;
    const [first] = doc.body;
    const paragraph = first !== undefined && 'paragraph' in first ? first.paragraph : undefined;
    if (typeof paragraph !== 'string') return;
    for (let n = 1; n <= mostStandIns; n++)
      if (paragraph === importText.missingAppendixBody(n))
        report(['documents', i, 'body', 0, 'paragraph'], text.standInLeft(n), true);
  });
}
