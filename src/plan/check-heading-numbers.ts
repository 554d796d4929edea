import { text } from '../messages.js';
import type { Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/** A heading's own number: «3.1.2.» or «3.1.2» before a capital letter; parts of one or two digits, not a year. */
const headingNumber = /^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(?=\p{Lu}|«)/u;

type NumberedHeading = {
  readonly text: string;
  readonly depth: number;
  readonly dotted: boolean;
  readonly at: Path;
};

/**
 * Headings numbered by hand are numbered alike: a document whose «3.1.1. Подготовительный этап» and «3.1.3. …» end
 * their numbers with a dot prints «3.1.2 Основной этап» out of line, in the text and in its contents. The headings of
 * one level in one document are compared, as GOST-style numbering may differ by level («1. Введение», «1.1 Цели»);
 * the way most of them are written (on a tie, the first) is the document's, and each other one is an error with
 * the heading rewritten.
 */
export function checkHeadingNumbers(plan: Plan, report: Report): void {
  plan.documents.forEach((doc, i) => {
    const headings = collectHeadings(doc, ['documents', i]);
    for (const depth of new Set(headings.map((heading) => heading.depth))) {
      const level = headings.filter((heading) => heading.depth === depth);
      const dotted = level.filter((heading) => heading.dotted).length;
      const wanted = dotted * 2 === level.length ? level[0]!.dotted : dotted * 2 > level.length;
      const model = level.find((heading) => heading.dotted === wanted)!;
      for (const heading of level.filter((one) => one.dotted !== wanted))
        report(heading.at, text.headingNumberStyle(heading.text, model.text, rewrite(heading.text, wanted)));
    }
  });
}

/** The numbered headings of a document, in the order they are written, wherever its blocks stand. */
function collectHeadings(value: unknown, at: Path): NumberedHeading[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectHeadings(item, [...at, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key !== 'heading' || typeof inner !== 'string') return collectHeadings(inner, [...at, key]);
    const number = headingNumber.exec(inner.trim());
    if (!number) return [];
    return [
      {
        text: inner.trim(),
        depth: number[1]!.split('.').length,
        dotted: number[2] === '.',
        at: [...at, key],
      },
    ];
  });
}

/** The heading with its number written the document's way: «3.1.2 Основной этап» → «3.1.2. Основной этап». */
function rewrite(heading: string, dotted: boolean): string {
  return heading.replace(headingNumber, (_, number: string) => `${number}${dotted ? '.' : ''} `);
}
