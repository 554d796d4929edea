import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildModels } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('tpl');

const texts = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/"value":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(m.slice(8)) as string);

describe('templates → model', () => {
  it('carries markup-like and template-like data as plain text', () => {
    const hostile = "Итоги {{title}} <w:p/> ]]> & \"кавычки\" д'Артаньян 'цитата' `x` =";
    const plan = parsePlan(
      minimalRoadmap.replace('Информирование коллектива', JSON.stringify(hostile)),
      'plan.yaml',
    );
    const [doc] = buildModels(plan, { createdAt: new Date(0) });
    const all = texts(doc!.model);
    expect(all).toContain("Итоги {{title}} <w:p/> ]]> & «кавычки» д'Артаньян «цитата» `x` =");
    expect(JSON.stringify(doc!.model)).not.toContain('"type":"tab"');
  });

  it('reports a template that writes bad markup at the template line', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'roadmap.hbs'),
      '<document title="{{title}}">\n<section>\n  <p>{{title}}</p>\n  <para>x</para>\n</section>\n</document>\n',
    );
    const plan = parsePlan(minimalRoadmap, 'plan.yaml');
    try {
      buildModels(plan, { templatesDir: dir, createdAt: new Date(0) });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).problems[0]).toMatchObject({ file: 'roadmap.hbs', line: 4, column: 3 });
      expect((e as UserError).message).toMatch(
        /roadmap\.hbs:4:3: шаблон дал неверную разметку: неизвестный элемент <para>/,
      );
    }
  });

  it('reports a field the template asks for and the view does not have', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'roadmap.hbs'), '<document title="{{title}}">{{nonexistent}}</document>');
    const plan = parsePlan(minimalRoadmap, 'plan.yaml');
    expect(() => buildModels(plan, { templatesDir: dir, createdAt: new Date(0) })).toThrow(
      /поля «nonexistent» нет в данных документа/,
    );
  });
});
