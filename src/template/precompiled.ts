import { join } from 'node:path';
import Handlebars from 'handlebars';
import { precompiledTemplatesFile } from '../paths.js';
import { platform } from '../platform/index.js';
import { literalTypographyVersion, typesetLiterals } from './typeset-literals.js';

/** How every template is compiled, at build time and at run time alike. */
export const compileOptions = { strict: true, preventIndent: true } as const;

/**
 * The built-in templates compiled at build time (`npm run build` writes dist/templates.json): Handlebars compiles
 * a template in milliseconds, a dozen of them are a quarter of a small plan's first build. Each entry carries the
 * hash of the text it was compiled from; an entry whose text has changed since is not used (the template is then
 * compiled as a user's is), so the bundle can be stale but never wrong.
 */
export type Precompiled = {
  readonly handlebars: string;
  readonly files: Readonly<Record<string, { readonly sha1: string; readonly spec: string }>>;
};

/** The hash an entry is checked by: the text and the version of the pass over its literal text. */
export function hashTemplate(source: string): string {
  return platform.digest('sha1', `${literalTypographyVersion}\n${source}`);
}

/** Every `.hbs` of a templates folder and its partials/, by its path in the folder, compiled to JavaScript. */
export function precompileTemplates(dir: string): Precompiled {
  const files: Record<string, { sha1: string; spec: string }> = {};
  for (const path of listTemplates(dir)) {
    const source = platform.readText(join(dir, path));
    // Typed as a specification object, it is the specification's JavaScript source.
    files[path] = {
      sha1: hashTemplate(source),
      spec: String(Handlebars.precompile(typesetLiterals(Handlebars.parse(source)), compileOptions)),
    };
  }
  return { handlebars: Handlebars.VERSION, files };
}

/** The build step: the bundle of a templates folder written to `file`. */
export function writePrecompiled(dir: string, file = precompiledTemplatesFile): void {
  platform.writeText(file, JSON.stringify(precompileTemplates(dir)));
}

/** The bundle the build wrote, or an empty one: none built, unreadable, or from another Handlebars. */
export function readPrecompiled(file = precompiledTemplatesFile): Precompiled {
  try {
    const bundle = JSON.parse(platform.readText(file)) as Precompiled;
    if (bundle.handlebars === Handlebars.VERSION && typeof bundle.files === 'object') return bundle;
  } catch {
    // No bundle: the templates are compiled when first used.
  }
  return { handlebars: Handlebars.VERSION, files: {} };
}

/** The template of an entry made from exactly this text, for this Handlebars instance; none otherwise. */
export function loadPrecompiled(
  hb: typeof Handlebars,
  bundle: Precompiled,
  path: string,
  source: string,
): HandlebarsTemplateDelegate | undefined {
  const entry = bundle.files[path];
  if (entry === undefined || entry.sha1 !== hashTemplate(source)) return undefined;
  // The spec is the code Handlebars itself generates and evaluates the same way when it compiles at run time.
  return hb.template(new Function(`return ${entry.spec}`)());
}

function listTemplates(dir: string): string[] {
  const partials = platform.listFolder(join(dir, 'partials')).map((f) => `partials/${f}`);
  return [...platform.listFolder(dir), ...partials].filter((f) => f.endsWith('.hbs')).sort();
}
