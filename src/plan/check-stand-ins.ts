import { importText, text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/**
 * A stand-in the import put for an appendix its file did not hold («Приложения 1 в импортированном файле нет: …»)
 * is an error while it is in the plan: the package would print that sentence as appendix 1 and send it. The fix is
 * the appendix itself: its Word file added to the plan (it takes the stand-in's place) or its text written in.
 */
export function checkStandIns(plan: Plan, report: Report): void {
  plan.documents.forEach((doc, i) => {
    const n = readStandInNumber(doc);
    if (n !== undefined) report(['documents', i, 'body', 0, 'paragraph'], text.standInLeft(n), true);
  });
}

/**
 * Which appendix a document is the import's stand-in for (its first paragraph the stand-in's sentence), or
 * undefined; read from a checked plan or from the plan data an import is merging (import/merge-appendix.ts).
 */
export function readStandInNumber(doc: unknown): number | undefined {
  const { type, body } = (doc ?? {}) as { type?: unknown; body?: unknown };
  const [block] = Array.isArray(body) ? body : [];
  const paragraph = (block as { paragraph?: unknown } | undefined)?.paragraph;
  if (type !== 'document' || typeof paragraph !== 'string') return undefined;
  const n = Number(/\d+/.exec(paragraph)?.[0]);
  return paragraph === importText.missingAppendixBody(n) ? n : undefined;
}
