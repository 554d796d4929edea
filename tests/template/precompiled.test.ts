import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { toDocumentView } from '../../src/kinds/index.js';
import { packageRoot, templatesDir } from '../../src/paths.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { createContext } from '../../src/resolve/context.js';
import { loadTemplates } from '../../src/template/handlebars-env.js';
import {
  compileOptions,
  hashTemplate,
  type Precompiled,
  precompileTemplates,
} from '../../src/template/precompiled.js';

const bundle = precompileTemplates(templatesDir);
const none: Precompiled = { handlebars: Handlebars.VERSION, files: {} };
const roadmapSource = readFileSync(join(templatesDir, 'roadmap.hbs'), 'utf8');
const dataDir = join(packageRoot, 'data');

/** Every document view of every plan in data/: what the templates are filled with. */
const views = readdirSync(dataDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const plan = parsePlan(readFileSync(join(dataDir, f), 'utf8'), f);
    const ctx = createContext(plan);
    return plan.documents.map((doc, i) => ({ plan: f, view: toDocumentView(doc, i, ctx) }));
  });

/** A bundle whose roadmap entry claims the real text's hash but holds another template. */
function withRoadmapEntry(source: string, sha1: string): Precompiled {
  const spec = String(Handlebars.precompile(source, compileOptions));
  return { ...bundle, files: { ...bundle.files, 'roadmap.hbs': { sha1, spec } } };
}

const roadmapView = views.find((v) => v.view.template === 'roadmap')!.view;
const roadmapMarkup = loadTemplates(templatesDir, { precompiled: none }).render('roadmap', roadmapView.view);

describe('templates compiled at build time (precompiled.ts)', () => {
  it('covers every built-in template and partial', () => {
    const partials = readdirSync(join(templatesDir, 'partials')).map((f) => `partials/${f}`);
    expect(Object.keys(bundle.files).sort()).toEqual(
      [...readdirSync(templatesDir).filter((f) => f.endsWith('.hbs')), ...partials].sort(),
    );
  });

  it.each(views.map((v) => [`${v.plan}: ${v.view.id}`, v.view] as const))(
    'fills %s exactly as templates compiled at run time do',
    (_, view) => {
      const built = loadTemplates(templatesDir, { precompiled: bundle }).render(view.template, view.view);
      const compiled = loadTemplates(templatesDir, { precompiled: none }).render(view.template, view.view);
      expect(built).toBe(compiled);
    },
  );

  it('uses an entry made from the template’s current text', () => {
    const doctored = withRoadmapEntry('<p>из сборки</p>', hashTemplate(roadmapSource));
    const markup = loadTemplates(templatesDir, { precompiled: doctored }).render('roadmap', roadmapView.view);
    expect(markup).toBe('<p>из сборки</p>');
  });

  it('ignores an entry made from another text: the template has changed since the build', () => {
    const stale = withRoadmapEntry('<p>из сборки</p>', hashTemplate('старый текст'));
    const markup = loadTemplates(templatesDir, { precompiled: stale }).render('roadmap', roadmapView.view);
    expect(markup).toBe(roadmapMarkup);
  });

  it('never uses the bundle for a user’s folder, even for a file of the same name and text', () => {
    const doctored = withRoadmapEntry('<p>из сборки</p>', hashTemplate(roadmapSource));
    // The built-in folder given as a user's one, before another folder that acts as the built-in one.
    const markup = loadTemplates([templatesDir, join(packageRoot, 'tests')], {
      precompiled: doctored,
    }).render('roadmap', roadmapView.view);
    expect(markup).toBe(roadmapMarkup);
  });
});
