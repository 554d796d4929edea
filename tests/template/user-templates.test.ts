import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildModels } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('own');

/** A plan in a fresh folder whose settings.templates points at ./my-templates. */
function setUp(files: Record<string, string>) {
  const base = fresh();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(base, 'my-templates', 'partials'), { recursive: true });
    writeFileSync(join(base, 'my-templates', name), content);
  }
  const plan = parsePlan(
    minimalRoadmap.replace('documents:', 'settings: { templates: my-templates }\ndocuments:'),
    'plan.yaml',
    base,
  );
  return { base, plan };
}

const builtIn = readFileSync(resolve(import.meta.dirname, '../../templates/roadmap.hbs'), 'utf8');

describe('settings.templates', () => {
  it('replaces a built-in template by the user’s one; the rest come from the built-in folder', () => {
    const own = builtIn.replace(
      '<p style="title">{{lines title}}</p>',
      '<p style="title">{{lines title}}</p>\n<p style="bodyPlain">Свой шаблон</p>',
    );
    const { base, plan } = setUp({ 'roadmap.hbs': own });
    const [doc] = buildModels(plan, { baseDir: base, createdAt: new Date(0) });
    const json = JSON.stringify(doc!.model);
    expect(json).toContain('Свой шаблон');
    expect(json).toContain('УТВЕРЖДАЮ'); // the stamp partial is still the built-in one
  });

  it('replaces a partial too', () => {
    const { base, plan } = setUp({ 'partials/stamp.hbs': '<p style="stamp">СВОЙ ГРИФ</p>' });
    expect(JSON.stringify(buildModels(plan, { baseDir: base, createdAt: new Date(0) })[0]!.model)).toContain(
      'СВОЙ ГРИФ',
    );
  });

  it('reports a broken user template at its own file and line', () => {
    const { base, plan } = setUp({
      'roadmap.hbs': builtIn.replace('</section>', '<para>x</para>\n</section>'),
    });
    try {
      buildModels(plan, { baseDir: base, createdAt: new Date(0) });
      expect.unreachable();
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({
        file: join(base, 'my-templates', 'roadmap.hbs'),
        line: 9,
        column: 1,
      });
    }
  });

  it('reports a field the template asks for and the plan does not have, with its line', () => {
    const { base, plan } = setUp({
      'roadmap.hbs': '<document title="{{title}}">\n  {{missing}}\n</document>',
    });
    expect(() => buildModels(plan, { baseDir: base, createdAt: new Date(0) })).toThrow(UserError);
    try {
      buildModels(plan, { baseDir: base, createdAt: new Date(0) });
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ line: 2, column: 5 });
      expect((e as UserError).message).toContain('поля «missing» нет в данных документа');
    }
  });

  it('says so at the line of settings.templates when the folder does not exist', () => {
    const source = minimalRoadmap.replace('documents:', 'settings: { templates: nowhere }\ndocuments:');
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes('nowhere')) + 1;
    const column = (lines[line - 1] ?? '').indexOf('nowhere') + 1;
    expect(() => parsePlan(source, 'plan.yaml', tmpdir())).toThrow(UserError);
    try {
      parsePlan(source, 'plan.yaml', tmpdir());
    } catch (e) {
      expect((e as UserError).problems).toEqual([expect.objectContaining({ line, column })]);
      expect((e as UserError).message).toMatch(/папка шаблонов «nowhere» не найдена/);
    }
  });

  it('still says so when a plan reaches buildModels without parsePlan’s folder check', () => {
    const source = minimalRoadmap.replace('documents:', 'settings: { templates: nowhere }\ndocuments:');
    const base = fresh();
    mkdirSync(join(base, 'nowhere'));
    const plan = parsePlan(source, 'plan.yaml', base);
    expect(() => buildModels(plan, { baseDir: tmpdir(), createdAt: new Date(0) })).toThrow(
      /папка шаблонов .* не найдена/,
    );
  });
});
