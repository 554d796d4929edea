import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { documentSchema } from '../../src/model/schema.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toOrganizationPlans } from '../../src/plan/variants.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { withContentsPages } from '../../src/render/pdf/index.js';
import { goldenCases } from '../_fixtures/golden-cases.js';

/**
 * Golden cases: every plan in data/ and every tests/golden/<case>/plan.yaml. Expected files live beside
 * in tests/golden/<case>/ (model.json per document, <id>.document.xml); `npm run test:update` rewrites them.
 */
const here = import.meta.dirname;
const cases = goldenCases;
const createdAt = new Date('2020-10-01T00:00:00Z');

describe.each(cases)('golden: $name', async ({ name, plan }) => {
  // A network project: every organisation's documents, named after its folder (sspk.order-1); the plan's own
  // organisation's keep their ids. The pages of a contents come from the PDF layout (the renderer's paginate).
  const organisations = toOrganizationPlans(parsePlan(readFileSync(plan, 'utf8'), basename(plan)));
  const built = organisations.flatMap(({ plan: own }, k) =>
    buildModels(own, { createdAt }).map((b) => ({
      ...b,
      id: k === 0 ? b.id : `${organisations[k]!.folder}.${b.id}`,
      model: withContentsPages(b.model),
    })),
  );

  it.each(built.map((b) => [b.id, b] as const))('%s: document model', async (id, b) => {
    // The markup parser builds the model without a schema pass (markup/parse.ts); here it meets the schema.
    expect(documentSchema.parse(b.model)).toEqual(b.model);
    await expect(`${JSON.stringify(b.model, null, 2)}\n`).toMatchFileSnapshot(
      join(here, name, `${id}.model.json`),
    );
  });

  it.each(built.map((b) => [b.id, b] as const))('%s: word/document.xml', async (id, b) => {
    const files = unzipSync(await renderDocx(b.model), { filter: (f) => f.name === 'word/document.xml' });
    const xml = strFromU8(files['word/document.xml']!).replace(/></g, '>\n<');
    await expect(xml).toMatchFileSnapshot(join(here, name, `${id}.document.xml`));
  });
});
