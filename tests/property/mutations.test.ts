import fc from 'fast-check';
import { describe, it } from 'vitest';
import { mutatedDataArb } from './_mutate-data.js';
import { mutatedTextArb } from './_mutate-text.js';
import { expectBuiltOrLocated } from './_outcome.js';
import { countRuns, toParameters, toTimeout } from './_runs.js';
import { seedArb, smallSeedArb } from './_seeds.js';

/**
 * Random mutations of real and generated plans end in success or in a UserError whose every problem is located
 * in the plan (_outcome.ts) — never in another exception. Stages 1–5 (parse, validate, resolve, templates, markup)
 * run for every case; rendering DOCX and PDF, which is slower, for fewer cases on small plans.
 */
const textRuns = countRuns(300, 0.6);
const dataRuns = countRuns(200, 0.4);
const renderRuns = countRuns(40, 0.05);

describe('mutated plans build or fail with located problems', () => {
  it(
    `text mutations: deleted, doubled, swapped, re-indented lines, typed characters, truncation (${textRuns} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedTextArb(seedArb), async (source) => {
          await expectBuiltOrLocated(source, []);
        }),
        toParameters(textRuns),
      );
    },
    toTimeout(textRuns, 30),
  );

  it(
    `data mutations: deleted keys, values of another type, grafted and renamed nodes (${dataRuns} cases)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedDataArb(seedArb), async (source) => {
          await expectBuiltOrLocated(source, []);
        }),
        toParameters(dataRuns),
      );
    },
    toTimeout(dataRuns, 60),
  );

  it(
    `small plans, mutated, rendered to DOCX and PDF (${renderRuns} cases)`,
    async () => {
      // One mutation each, so that more of them still build and reach the renderers.
      const mutated = fc.oneof(mutatedTextArb(smallSeedArb, 1), mutatedDataArb(smallSeedArb, 1));
      await fc.assert(
        fc.asyncProperty(mutated, async (source) => {
          await expectBuiltOrLocated(source, ['docx', 'pdf']);
        }),
        toParameters(renderRuns),
      );
    },
    toTimeout(renderRuns, 1500),
  );
});
