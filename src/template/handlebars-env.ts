import { basename, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { failWith } from '../errors.js';
import { text } from '../messages.js';
import type { Block } from '../model/schema.js';
import { platform } from '../platform/index.js';
import { followsTemplates, nativePartials, toNativePartial } from './native-partials.js';
import { compileOptions, loadPrecompiled, type Precompiled, readPrecompiled } from './precompiled.js';
import { traceMarks } from './trace.js';
import { typesetLiterals } from './typeset-literals.js';

/** A compiled set of templates: one isolated Handlebars instance per list of folders (and trace mode). */
export type TemplateSet = {
  /**
   * The markup of a template for a view. Given `prebuilt`, native partials (native-partials.ts) put the blocks they
   * build there and `<prebuilt ref="N"/>` in the markup, for parseMarkup to take; without it the markup is all text.
   */
  readonly render: (name: string, view: unknown, prebuilt?: Block[]) => string;
};

const cache = new Map<string, TemplateSet>();
let builtBundle: Precompiled | undefined;

export type TemplateOptions = {
  /** Marks in the markup that name each template line (to-model.ts, on a markup problem). */
  readonly trace?: boolean;
  /** The built-in templates compiled at build time; by default the bundle in dist/ (precompiled.ts). */
  readonly precompiled?: Precompiled;
};

/**
 * The templates of `dirs`, the first folder that has a file winning (a user's folder before the built-in one):
 * `<kind>.hbs` at the top, partials in `partials/` — only from these folders. Compiled once, strict mode; the
 * built-in ones come compiled from the build when their text is the one the build compiled.
 * Files of a user's folder are named by their path in messages, built-in ones by their name.
 */
export function loadTemplates(dirs: string | readonly string[], options: TemplateOptions = {}): TemplateSet {
  const folders = [dirs].flat();
  const builtIn = folders.at(-1);
  const trace = options.trace === true;
  const key = `${folders.join('\0')}\0${trace}`;
  const cached = options.precompiled ? undefined : cache.get(key);
  if (cached) return cached;
  const bundle = trace ? undefined : (options.precompiled ?? readBuiltBundle());
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compile = (file: string, source = platform.readText(file)) => {
    const isBuiltIn = builtIn !== undefined && file.startsWith(`${builtIn}`);
    const name = isBuiltIn ? basename(file) : file;
    const built = isBuiltIn && bundle && loadPrecompiled(hb, bundle, toBundlePath(builtIn, file), source);
    if (built) return built;
    try {
      const ast = hb.parse(source);
      return hb.compile(typesetLiterals(trace ? traceMarks(ast, name) : ast), compileOptions);
    } catch (e) {
      return failWith({ code: 'template-error', message: text.templateSyntax(firstLine(e)), file: name });
    }
  };
  const builtInTexts = new Map<string, string | undefined>(); // a user's partial: no built-in text
  for (const dir of [...folders].reverse()) {
    const partialsDir = join(dir, 'partials');
    for (const file of safeList(partialsDir).filter((f) => f.endsWith('.hbs'))) {
      const source = platform.readText(join(partialsDir, file));
      hb.registerPartial(basename(file, '.hbs'), compile(join(partialsDir, file), source));
      builtInTexts.set(basename(file, '.hbs'), dir === builtIn ? source : undefined);
    }
  }
  if (!trace) registerNativePartials(hb, (name) => builtInTexts.get(name));
  const templates = new Map<string, { template: HandlebarsTemplateDelegate; file: string }>();
  const set: TemplateSet = {
    render: (name, view, prebuilt) => {
      let found = templates.get(name);
      if (!found) {
        const dir = folders.find((d) => safeList(d).includes(`${name}.hbs`));
        if (dir === undefined) failWith({ code: 'template-error', message: text.templateMissing(name) });
        const file = join(dir, `${name}.hbs`);
        // A user's file is named by its path, a built-in one by its name.
        found = { template: compile(file), file: dir === builtIn ? `${name}.hbs` : file };
        templates.set(name, found);
      }
      const { template, file } = found;
      try {
        budget.produced = 0;
        return template(view, {
          allowProtoPropertiesByDefault: false,
          allowProtoMethodsByDefault: false,
          ...(prebuilt ? { data: { prebuilt } } : {}),
        });
      } catch (e) {
        // Strict mode names the missing field and its place: «"x" not defined in [object Object] - 3:4».
        const at = / - (\d+):(\d+)$/.exec(firstLine(e));
        return failWith({
          code: 'template-error',
          message: describeRenderError(e),
          file,
          ...(at ? { line: Number(at[1]), column: Number(at[2]) + 1 } : {}),
        });
      }
    },
  };
  if (!options.precompiled) cache.set(key, set);
  return set;
}

/** The native form of each built-in partial that has one and still follows the partials' texts. */
function registerNativePartials(
  hb: typeof Handlebars,
  builtInText: (name: string) => string | undefined,
): void {
  for (const [name, native] of Object.entries(nativePartials)) {
    const template = hb.partials[name] as Parameters<typeof toNativePartial>[1] | undefined;
    if (template && followsTemplates(native, builtInText))
      hb.registerPartial(name, toNativePartial(native, template));
  }
}

/** dist/templates.json, read once. */
function readBuiltBundle(): Precompiled {
  builtBundle ??= readPrecompiled();
  return builtBundle;
}

/** A built-in file's key in the bundle: its path in the folder, with forward slashes. */
function toBundlePath(dir: string, file: string): string {
  return relative(dir, file).split('\\').join('/');
}

/**
 * The markup a template may produce, counted as the text every {{#each}} returns (nested loops count again): the
 * built-in roadmap template produces 9 million characters for 10,000 rows; a user's loop over the rows inside a loop
 * over the rows would need terabytes and crashed Node out of memory instead of stopping with a message.
 */
const maxProduced = 200_000_000;
const budget = { produced: 0 };

class TemplateTooLarge extends Error {}

/** A rendering error in Russian: Handlebars' and V8's own messages are English. */
function describeRenderError(e: unknown): string {
  if (e instanceof TemplateTooLarge) return text.templateTooLarge;
  if (e instanceof RangeError) return text.templateRecursion;
  const message = firstLine(e).replace(/ - \d+:\d+$/, '');
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) return text.partialMissing(partial[1]!);
  const field = /^"(.+)" not defined in /.exec(message);
  if (field) return text.templateFieldMissing(field[1]!);
  return text.templateSyntax(message);
}

/** Helpers check their own arguments: strict mode does not check helper arguments. */
function registerHelpers(hb: typeof Handlebars): void {
  const builtInEach = hb.helpers.each as (this: unknown, ...args: unknown[]) => string;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const out = builtInEach.apply(this, args);
    budget.produced += out.length;
    if (budget.produced > maxProduced) throw new TemplateTooLarge();
    return out;
  });
  // {{lines text}}: a text with line breaks → escaped lines joined by <br/>; data never becomes markup.
  hb.registerHelper('lines', (value: unknown) => {
    if (typeof value !== 'string') throw new Error(`lines: ожидается текст, получено ${typeof value}`);
    return new hb.SafeString(
      value
        .split('\n')
        .map((line) => hb.escapeExpression(line))
        .join('<br/>'),
    );
  });
  // {{sentence "Контроль … возложить на " person}}: the parts joined, ending with one period — never «А.В..».
  hb.registerHelper('sentence', (...args: unknown[]) => {
    const parts = args.slice(0, -1); // the last argument is Handlebars' options object
    if (parts.some((p) => typeof p !== 'string')) throw new Error('sentence: ожидаются строки');
    const joined = (parts as string[]).join('');
    return /[.!?…]$/.test(joined) ? joined : `${joined}.`;
  });
}

function safeList(dir: string): string[] {
  return platform.listFolder(dir);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
