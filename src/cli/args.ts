import type { Format } from '../generate.js';
import { importText, studioText, text } from '../messages.js';
import { suggest } from '../plan/suggest.js';
import type { StudioCommand } from '../studio/command.js';

export type Command =
  | {
      readonly name: 'build';
      readonly plans: readonly string[];
      readonly out: string;
      readonly formats: readonly Format[];
      readonly only?: string | undefined;
    }
  | { readonly name: 'check'; readonly plans: readonly string[] }
  | {
      readonly name: 'import';
      readonly file: string;
      readonly out?: string | undefined;
      readonly into?: string | undefined;
    }
  | { readonly name: 'schema' }
  | StudioCommand
  | { readonly name: 'help' }
  | { readonly name: 'version' };

const commands = ['build', 'check', 'import', 'schema', 'studio', 'help'];
const buildOptions = ['--out', '--format', '--only', '--help'];

/** A usage message with «возможно, имелось в виду …» when the word is a likely typo of one of `candidates`. */
function withHint(message: string, word: string, candidates: readonly string[]): string {
  const hint = suggest(word, candidates);
  return hint ? `${message}; ${text.didYouMean(hint)}` : message;
}

/** argv → a command, or a usage message (exit code 2). */
export function parseArgs(argv: readonly string[]): Command | { readonly usage: string } {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name === '--version' || name === '-v') return { name: 'version' };
  if (name === 'schema')
    return rest.length === 0 ? { name: 'schema' } : { usage: text.usageUnknownOption(rest[0]!) };
  if (name === 'studio') return parseStudio(rest);
  if (name === 'import') return parseImportArgs(rest);
  if (name !== 'build' && name !== 'check')
    return { usage: withHint(text.usageUnknownCommand(name), name, commands) };
  const plans: string[] = [];
  let out = 'output';
  let formats: Format[] = ['docx', 'pdf'];
  let only: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (name === 'build' && (flag === '--out' || flag === '-o')) {
      const v = value();
      if (!v) return { usage: text.usageMissingValue(flag) };
      out = v;
    } else if (name === 'build' && flag === '--format') {
      const v = value();
      if (!v) return { usage: text.usageMissingValue(flag) };
      const list = v
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const bad = list.find((f) => f !== 'docx' && f !== 'pdf');
      if (bad !== undefined || list.length === 0) return { usage: text.usageBadFormat(bad ?? v) };
      formats = [...new Set(list as Format[])];
    } else if (name === 'build' && flag === '--only') {
      only = value();
      if (!only) return { usage: text.usageMissingValue(flag) };
    } else if (flag === '--help' || flag === '-h') {
      return { name: 'help' };
    } else if (flag.startsWith('-')) {
      return {
        usage: withHint(text.usageUnknownOption(flag), flag, name === 'build' ? buildOptions : ['--help']),
      };
    } else {
      plans.push(arg);
    }
  }
  if (plans.length === 0) return { usage: text.usageNoPlans };
  return name === 'build' ? { name, plans, out, formats, only } : { name, plans };
}

/** `studio [plan.yaml] [--port N] [--no-open]`. */
function parseStudio(
  rest: readonly string[],
): StudioCommand | { readonly name: 'help' } | { readonly usage: string } {
  let plan: string | undefined;
  let port: number | undefined;
  let open = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--port=') ? ['--port', arg.slice(7)] : [arg, undefined];
    if (flag === '--port') {
      const value = inline ?? rest[++i];
      if (!value) return { usage: text.usageMissingValue(flag) };
      port = Number(value);
      if (!/^\d+$/.test(value) || port < 1 || port > 65535) return { usage: studioText.badPort(value) };
    } else if (flag === '--no-open') {
      open = false;
    } else if (flag === '--help' || flag === '-h') {
      return { name: 'help' };
    } else if (flag.startsWith('-')) {
      return { usage: text.usageUnknownOption(flag) };
    } else if (plan !== undefined) {
      return { usage: studioText.onePlan };
    } else {
      plan = arg;
    }
  }
  return { name: 'studio', plan, port, open };
}

/** `import FILE [-o plan.yaml | --into plan.yaml]`. */
function parseImportArgs(rest: readonly string[]): Command | { readonly usage: string } {
  const files: string[] = [];
  let out: string | undefined;
  let into: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-o' || arg === '--out') {
      out = rest[++i];
      if (!out) return { usage: text.usageMissingValue(arg) };
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--into') {
      into = rest[++i];
      if (!into) return { usage: text.usageMissingValue(arg) };
    } else if (arg.startsWith('--into=')) into = arg.slice('--into='.length);
    else if (arg === '--help' || arg === '-h') return { name: 'help' };
    else if (arg.startsWith('-')) return { usage: text.usageUnknownOption(arg) };
    else files.push(arg);
  }
  if (files.length === 0) return { usage: importText.usageNoFile };
  if (files.length > 1) return { usage: importText.usageOneFile };
  if (out !== undefined && into !== undefined) return { usage: importText.usageIntoAndOut };
  return { name: 'import', file: files[0]!, out, into };
}
