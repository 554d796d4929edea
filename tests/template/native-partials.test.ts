import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { toDocumentView } from '../../src/kinds/index.js';
import type { TableView } from '../../src/kinds/roadmap/table-view.js';
import { parseMarkup } from '../../src/markup/parse.js';
import type { Block } from '../../src/model/schema.js';
import { templatesDir } from '../../src/paths.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toOrganizationPlans } from '../../src/plan/variants.js';
import { platform } from '../../src/platform/index.js';
import { createContext } from '../../src/resolve/context.js';
import { loadTemplates } from '../../src/template/handlebars-env.js';
import { nativePartials } from '../../src/template/native-partials.js';
import { goldenCases } from '../_fixtures/golden-cases.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('native');
const meta = { createdAt: '2026-01-01T00:00:00.000Z' };

/** A view's model both ways: the template's markup alone, and with the native partials' blocks. */
function renderBoth(dirs: string[], template: string, view: unknown) {
  const templates = loadTemplates(dirs);
  const prebuilt: Block[] = [];
  const markup = templates.render(template, view, prebuilt);
  return {
    fromMarkup: parseMarkup(templates.render(template, view), meta),
    native: parseMarkup(markup, meta, prebuilt),
    nativeBlocks: prebuilt.length,
  };
}

function listStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(listStrings);
}

const views = goldenCases.flatMap(({ name, plan: file }) => {
  const plan = parsePlan(readFileSync(file, 'utf8'), file, dirname(file));
  return toOrganizationPlans(plan).flatMap(({ plan: own }) => {
    const ctx = createContext(own);
    return ctx.plan.documents.map((doc, i) => ({
      name: `${name} ${doc.id}`,
      view: toDocumentView(doc, i, ctx),
    }));
  });
});

describe('native partials (template/native-partials.ts)', () => {
  it.each(views.map((v) => [v.name, v.view] as const))(
    '%s: the same model as the template gives',
    (_, view) => {
      const { fromMarkup, native, nativeBlocks } = renderBoth([templatesDir], view.template, view.view);
      expect('model' in fromMarkup).toBe(true);
      expect(native).toEqual(fromMarkup);
      if (view.template === 'roadmap') expect(nativeBlocks).toBe(1); // the table was built natively
    },
  );

  it('builds every roadmap table of the golden plans natively', () => {
    const roadmaps = views.filter((v) => v.view.template === 'roadmap');
    expect(roadmaps.length).toBeGreaterThan(10);
  });

  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      '',
      ' ',
      '  а  б ',
      'а\nб',
      '\n',
      'x\r\ny',
      'a\tb',
      '<b>&amp;</b>',
      '\u0001',
      '😀',
      '\uD800',
      'ё\u00A0ж',
    ),
  );
  const cell = fc.record({
    text: fc.option(text),
    list: fc.option(fc.array(text, { maxLength: 3 })),
    numbered: fc.option(fc.array(text, { maxLength: 3 })),
    rowSpan: fc.constant(1),
    align: fc.constantFrom('left' as const, 'center' as const),
  });
  const table: fc.Arbitrary<TableView> = fc.integer({ min: 1, max: 3 }).chain((columns) =>
    fc.record({
      widths: fc.constant(Array.from({ length: columns }, () => '1fr').join(' ')),
      header: fc.array(fc.record({ title: text }), { minLength: columns, maxLength: columns }),
      columnNumbers: fc.option(fc.constant(Array.from({ length: columns }, (_, i) => String(i + 1)))),
      rows: fc.array(
        fc.oneof(
          fc.record({ stage: fc.record({ text, colSpan: fc.constant(columns) }), cells: fc.constant(null) }),
          fc.record({
            stage: fc.constant(null),
            cells: fc.array(cell, { minLength: columns, maxLength: columns }),
          }),
        ),
        { maxLength: 4 },
      ),
    }),
  );

  it('gives what the template gives for any table, or leaves the table to it', () => {
    const dir = fresh();
    writeFileSync(
      join(dir, 'x.hbs'),
      '<document title="t"><section>{{> roadmap-table table}}</section></document>',
    );
    fc.assert(
      fc.property(table, (view) => {
        const { fromMarkup, native, nativeBlocks } = renderBoth([dir, templatesDir], 'x', { table: view });
        expect(native).toEqual(fromMarkup);
        // Text the markup cannot hold natively (a control character, an emoji) is left to the template.
        const odd = listStrings(view).some((s) => s.includes('\u0001') || /[\uD800-\uDFFF]/.test(s));
        expect(nativeBlocks).toBe(odd ? 0 : 1);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('runs a user’s own cell-value.hbs as written, not the native table', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'cell-value.hbs'), '<p><b>{{text}}</b></p>');
    const plan = parsePlan(minimalRoadmap, 'plan.yaml');
    const ctx = createContext(plan);
    const view = toDocumentView(plan.documents[0]!, 0, ctx);
    const { native, nativeBlocks } = renderBoth([dir, templatesDir], view.template, view.view);
    expect(nativeBlocks).toBe(0);
    expect(JSON.stringify(native)).toContain('"bold":true');
  });

  it('follows the built-in partials as they are now (else update template/native/ and the hashes)', () => {
    for (const native of Object.values(nativePartials))
      for (const [name, sha1] of Object.entries(native.follows)) {
        const source = readFileSync(join(templatesDir, 'partials', `${name}.hbs`), 'utf8');
        expect(platform.digest('sha1', source), `${name}.hbs changed`).toBe(sha1);
      }
  });

  it('runs a built-in partial edited in place as written (docs/markup.md, «Ошибки»)', () => {
    const dir = fresh();
    cpSync(templatesDir, dir, { recursive: true });
    const file = join(dir, 'partials', 'roadmap-table.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('widths="{{widths}}"', 'widths="{{widths}} 10"'));
    const plan = parsePlan(minimalRoadmap, 'plan.yaml');
    expect(() => buildModels(plan, { templatesDir: dir, createdAt: new Date(0) })).toThrow(
      /roadmap-table\.hbs:2:1: шаблон дал неверную разметку: у <table> атрибут widths: «10»/,
    );
  });

  it('takes no <prebuilt> a template writes itself', () => {
    const parsed = parseMarkup('<document title="t"><section><prebuilt ref="0"/></section></document>', meta);
    expect(parsed).toMatchObject({ problems: [{ message: expect.stringContaining('prebuilt') }] });
  });
});
