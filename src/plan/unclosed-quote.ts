import { text } from '../messages.js';
import type { Slip } from './yaml-slips.js';

/** A value that opens with a quote: after `key: ` or a list dash. */
const opening = /^( *(?:- +)?(?:[A-Za-z_][\w-]*: +)?)(["'])/;
/** Where a quoted value's closing quote stands: the opening one of the next value, as a forgotten one ends there. */
const nextValue = /^ *(?:- +)?(?:[A-Za-z_][\w-]*: +)?["']$/;

/**
 * A quoted value whose closing quote was forgotten, or one followed by more text on its line (`activity: "Точка
 * роста" — уроки`, or quotes inside quotes) (`title: "Дорожная карта`): YAML reads on over the next lines up
 * to the next quote and reports whatever breaks there, far below. The first such line before the error: its quote
 * is closed on no line, or only by the opening quote of a later value.
 */
export function findQuoteSlip(source: string, offset: number): Slip | undefined {
  let at = 0;
  for (const line of source.slice(0, source.indexOf('\n', offset) + 1 || source.length).split('\n')) {
    const open = opening.exec(line);
    if (open) {
      const start = at + open[1]!.length;
      const close = findClosing(source, start + 1, open[2]!);
      const later = close > at + line.length;
      if (close < 0 || (later && (closesNextValue(source, close) || leavesBlock(source, at, close))))
        return { offset: start, message: text.yamlSyntax(text.yamlUnclosedQuote(open[2]!)) };
      const after = close < at + line.length ? source.slice(close + 1, at + line.length) : '';
      if (/^\s*[^\s#,\]}]/.test(after))
        return { offset: close + 1, message: text.yamlSyntax(text.yamlTextAfterQuote(open[2]!)) };
    }
    at += line.length + 1;
  }
  return undefined;
}

/** The offset of the quote that closes a value opened before `from`; -1 when none does. */
function findClosing(source: string, from: number, quote: string): number {
  for (let i = from; i < source.length; i++) {
    if (quote === '"' && source[i] === '\\') i++;
    else if (source[i] === quote) {
      if (quote === "'" && source[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Whether a line between a quoted value's line (starting at `at`) and its closing quote starts no deeper than that
 * line: text in quotes goes on over lines only indented deeper, so the value was left open and the quote that «closes»
 * it opens a value far below (`- ["1.", …]`).
 */
function leavesBlock(source: string, at: number, close: number): boolean {
  const indent = /^ */.exec(source.slice(at))![0].length;
  const first = source.indexOf('\n', at) + 1;
  const between = source.slice(first, source.lastIndexOf('\n', close));
  return between.split('\n').some((line) => line.trim() !== '' && /^ */.exec(line)![0].length <= indent);
}

function closesNextValue(source: string, close: number): boolean {
  const start = source.lastIndexOf('\n', close) + 1;
  return nextValue.test(source.slice(start, close + 1));
}
