import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { failWith } from '../errors.js';
import { text } from '../messages.js';
import { traceMarks } from './trace.js';

/** A compiled set of templates: one isolated Handlebars instance per templates folder (and trace mode). */
export type TemplateSet = {
  readonly dir: string;
  readonly render: (name: string, view: unknown) => string;
};

const cache = new Map<string, TemplateSet>();

/** The templates of `dir`: `<kind>.hbs` at the top, partials in `partials/`. Compiled once, strict mode. */
export function loadTemplates(dir: string, trace = false): TemplateSet {
  const key = `${dir}\0${trace}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  const compile = (file: string) => {
    const source = readFileSync(file, 'utf8');
    const name = basename(file);
    try {
      const ast = hb.parse(source);
      return hb.compile(trace ? traceMarks(ast, name) : ast, { strict: true, preventIndent: true });
    } catch (e) {
      return failWith({ code: 'template-error', message: text.templateSyntax(firstLine(e)), file: name });
    }
  };
  const partialsDir = join(dir, 'partials');
  for (const file of safeList(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    hb.registerPartial(basename(file, '.hbs'), compile(join(partialsDir, file)));
  }
  const templates = new Map<string, HandlebarsTemplateDelegate>();
  const set: TemplateSet = {
    dir,
    render: (name, view) => {
      let template = templates.get(name);
      if (!template) {
        const file = join(dir, `${name}.hbs`);
        if (!safeList(dir).includes(`${name}.hbs`))
          failWith({ code: 'template-error', message: text.templateMissing(name), file });
        template = compile(file);
        templates.set(name, template);
      }
      try {
        return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
      } catch (e) {
        return failWith({
          code: 'template-error',
          message: text.templateSyntax(firstLine(e)),
          file: `${name}.hbs`,
        });
      }
    },
  };
  cache.set(key, set);
  return set;
}

/** Helpers check their own arguments: strict mode does not check helper arguments. */
function registerHelpers(hb: typeof Handlebars): void {
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
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
