import type { YAMLError } from 'yaml';
import { text } from '../messages.js';
import { describeBadIndent } from './bad-indent.js';
import { quoteOwnText } from './quote-own-text.js';

/**
 * A YAML syntax error as the user reads it: what to say, and where the text it is about starts. `contained` when the
 * mistake stays on its own line (a key written twice, «: » inside a text): the parser reads on right after it, so the
 * errors below it are mistakes of their own, not its echo.
 */
export type YamlErrorPlace = {
  readonly message: string;
  readonly offset: number;
  readonly contained: boolean;
};

/**
 * What the yaml library's error means in the plan, and the line and column to name: the line the user got wrong, not
 * the one the parser stopped at. The parser often points at the line break before that line, or at the blank lines
 * above it (Enter keeps the indentation, so a line of spaces is left behind).
 */
export function describeYamlError(
  error: Pick<YAMLError, 'code' | 'message' | 'pos'>,
  source: string,
): YamlErrorPlace {
  const shifted = findShiftedLine(error.code, source, error.pos[0]);
  if (shifted !== undefined) return { ...describeBadIndent(source, shifted), contained: false };
  const offset = skipToText(source, error.pos[0]);
  const line = readLineAt(source, offset);
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? '';
    return { message: text.yamlDuplicateKey(key), offset, contained: true };
  }
  if (colonCodes.has(error.code) && /:\s.*:\s/.test(line)) {
    // Named where the text to put in quotes starts, not where the parser noticed the second key.
    const own = quoteOwnText(line);
    const start = source.lastIndexOf('\n', offset - 1) + 1 + own.column;
    return { message: text.yamlColonInText(own.quoted, own.singleQuotes), offset: start, contained: true };
  }
  const message = nameYamlError(error.code, error.message, line);
  if (message === text.yamlSyntax(text.yamlBadIndent))
    return { ...describeBadIndent(source, offset), contained: false };
  return { message, offset, contained: false };
}

/** The codes the parser gives a text with «: » inside (`title: Итоги: выводы`): a second key on one line. */
const colonCodes: ReadonlySet<string> = new Set([
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
]);
function nameYamlError(code: string, message: string, line: string): string {
  if (code === 'TAB_AS_INDENT') return text.yamlTab;
  if (/^Flow (map|sequence)/.test(message)) return text.yamlUnclosedFlow;
  // Without a quote or a bracket on the line, «missing» means the line is indented unlike its neighbours.
  if (code === 'MISSING_CHAR' && !/["'[{]/.test(line)) return text.yamlSyntax(text.yamlBadIndent);
  return text.yamlSyntax(yamlErrorWords[code] ?? text.yamlCheckLine);
}

/** Russian for the yaml library's error codes (its messages are English). */
const yamlErrorWords: Readonly<Record<string, string>> = {
  BAD_INDENT: text.yamlBadIndent,
  MISSING_CHAR: text.yamlMissingChar,
  BAD_DQ_ESCAPE: text.yamlBadEscape,
  BLOCK_AS_IMPLICIT_KEY: text.yamlKeyOneLine,
  MULTILINE_IMPLICIT_KEY: text.yamlKeyOneLine,
  UNEXPECTED_TOKEN: text.yamlUnexpected,
};

/**
 * «a: b» followed by a line indented deeper, «  c: d», reads to YAML as a key running over two lines; the user's mistake
 * is the deeper line, blank lines between or not. Returns where that line's key starts.
 */
function findShiftedLine(code: string, source: string, offset: number): number | undefined {
  if (code !== 'BLOCK_AS_IMPLICIT_KEY' && code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const line = readLineAt(source, offset);
  const end = source.indexOf('\n', offset);
  if (end < 0) return undefined;
  const below = /^(?:[ \t]*\n)*/.exec(source.slice(end + 1))![0].length;
  const next = /^( *)(?:- )?[^\s#:][^:#]*:(?:\s|$)/.exec(source.slice(end + 1 + below));
  const keyColumn = /^( *)(?:- )?/.exec(line)![0].length;
  if (!/:\s/.test(line) || !next || next[1]!.length <= keyColumn) return undefined;
  return end + 1 + below + next[1]!.length;
}

/**
 * An offset in a line's indentation, on the break of a blank line or in a line of spaces, moved on to where the text
 * after them starts: the key a wrong indent is about. It stays when only the end of the file follows.
 */
function skipToText(source: string, offset: number): number {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  if (!/^ *$/.test(source.slice(start, offset))) return offset;
  const text = start + /^[ \n]*/.exec(source.slice(start))![0].length;
  return text < source.length ? text : offset;
}

/** The whole line the offset is on (a line break belongs to the line it ends). */
function readLineAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end < 0 ? undefined : end);
}
