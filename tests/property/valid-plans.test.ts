import fc from 'fast-check';
import { describe, it } from 'vitest';
import { stringify } from 'yaml';
import { type GeneratedDocument, generate } from '../../src/generate.js';
import { typographText } from '../../src/language/typography.js';
import { readDocxText, readPdfText, squash } from './_extract.js';
import { toCaseError } from './_outcome.js';
import { planArb } from './_plan.js';
import { collectPrinted } from './_printed.js';
import { countRuns, toParameters, toTimeout } from './_runs.js';

/**
 * Random valid plans (roadmaps with items or stages, several columns, people, terms within project.period, an
 * order with its regulation, a passport, a free document) build, and every value a document prints as written
 * (see _printed.ts) is in its PDF text and in its DOCX text after typography — also values that look like
 * Handlebars or XML (`{{`, `<w:p>`, `]]>`, `&`), which proves data is never executed or pasted as markup.
 * Texts are compared without whitespace (PDF lines wrap and justify). Generated rows stay shorter than a page
 * (a portrait roadmap has at most six columns): a taller row may break across pages, and its cells' text then
 * interleaves with the next cell and the repeated header, so a value would not be one piece of PDF text.
 */
const runs = countRuns(12, 0.02);
const createdAt = new Date('2021-01-01T00:00:00Z');

/** The form a value takes in the documents: typeset, an ending period or semicolon possibly dropped. */
function toPrintedForm(value: string): string {
  return squash(typographText(value)).replace(/[.;]+$/, '');
}

/** Fails with the value, where it is missing, and the whole plan, so that the case can be replayed by hand. */
function expectPrinted(texts: Record<string, string>, values: readonly string[], source: string): void {
  for (const value of values) {
    const form = toPrintedForm(value);
    for (const [where, text] of Object.entries(texts)) {
      if (!text.includes(form))
        throw toCaseError(`${where}: no ${JSON.stringify(form)} (from ${JSON.stringify(value)})`, source);
    }
  }
}

/** Every document of a valid plan, or an error that carries the plan. */
async function buildValid(source: string): Promise<GeneratedDocument[]> {
  try {
    return await generate(source, { file: 'plan.yaml', createdAt });
  } catch (error) {
    throw toCaseError(
      `a valid plan did not build: ${error instanceof Error ? error.stack : String(error)}`,
      source,
    );
  }
}

describe('valid plans', () => {
  it(
    `build, and every printed value is in the PDF and the DOCX (${runs} plans)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(planArb, async (plan) => {
          const source = stringify(plan);
          const printed = collectPrinted(plan);
          const files = await buildValid(source);
          for (const file of files.filter((f) => f.kind === 'document')) {
            const texts = {
              [`${file.id}.pdf`]: squash(await readPdfText(file.pdf!)),
              [`${file.id}.docx`]: squash(readDocxText(file.docx!)),
            };
            expectPrinted(texts, printed.get(file.id) ?? [], source);
          }
        }),
        toParameters(runs),
      );
    },
    toTimeout(runs, 1500),
  );
});
