import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { templatesDir } from '../../src/paths.js';
import { loadTemplates } from '../../src/template/handlebars-env.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('hbs');

/** Renders `x.hbs` of a fresh user folder (before the built-in one); the problem it reports, if any. */
function renderOwn(files: Record<string, string>, view: unknown): string | UserError['problems'][number] {
  const dir = fresh();
  mkdirSync(join(dir, 'partials'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  try {
    return loadTemplates([dir, templatesDir]).render('x', view);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e.problems[0]!;
  }
}

describe('a user template that goes wrong', () => {
  it('stops nested loops that would produce an endless document, with a message instead of running out of memory', {
    timeout: 60_000,
  }, () => {
    const view = { rows: Array.from({ length: 45 }, (_, i) => i), text: 'x'.repeat(1000) };
    const loops =
      '{{#each rows}}{{#each @root.rows}}{{#each @root.rows}}{{@root.text}}{{/each}}{{/each}}{{/each}}';
    expect(renderOwn({ 'x.hbs': loops }, view)).toMatchObject({
      code: 'template-error',
      file: expect.stringMatching(/x\.hbs$/),
      message:
        'шаблон порождает слишком большой документ (вложенные {{#each}} перебирают строки много раз) — проверьте циклы шаблона',
    });
    // The same loops over fewer rows are a document like any other.
    expect(renderOwn({ 'x.hbs': loops }, { ...view, rows: [1, 2] })).toHaveLength(8000);
  });

  it('names a missing partial and a missing field in Russian', () => {
    expect(renderOwn({ 'x.hbs': '<p>{{> podpis}}</p>' }, {})).toMatchObject({
      message:
        'ошибка в шаблоне: вставка «podpis» не найдена — нужен файл partials/podpis.hbs в папке шаблонов',
    });
    expect(renderOwn({ 'x.hbs': '<p>\n{{nazvanie}}</p>' }, {})).toMatchObject({
      message: expect.stringMatching(/^ошибка в шаблоне: поля «nazvanie» нет в данных документа/),
      line: 2,
    });
  });

  it('stops a partial that includes itself', () => {
    expect(renderOwn({ 'x.hbs': '{{> loop}}', 'partials/loop.hbs': 'a{{> loop}}' }, {})).toMatchObject({
      message:
        'шаблон вставляет сам себя без конца (вставка внутри той же вставки) — проверьте вставки {{> …}}',
    });
  });
});
