import type { Document, YAMLError } from 'yaml';
import { text } from '../messages.js';
import { findItemOfKey } from './dashless-item.js';
import { findSentenceKeys } from './sentence-keys.js';
import { describeYamlError } from './yaml-error.js';
import { findYamlSlip, type Slip } from './yaml-slips.js';

/**
 * The YAML syntax errors of a file as the user should read them, each at the place of the mistake, in file order.
 * A tab in the indentation throws every later line off; its own messages are the ones that help. A wrong indent or an
 * unclosed quote throws the parser off for the lines after it, which then report errors of their own: only the first
 * such error is the user's mistake. A mistake that stays on its line (a key written twice, «: » inside a text) does not,
 * so the errors after it are read on; list items that are a text with «: » are added (sentence-keys.ts).
 */
export function describeSyntaxErrors(errors: readonly YAMLError[], doc: Document, source: string): Slip[] {
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) return tabs.map((e) => describeYamlError(e, source));
  const found: Slip[] = [];
  // After a mistake that throws the parser off, what it read is not the user's text.
  let end = Number.POSITIVE_INFINITY;
  const dashless = new Set<number>();
  for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const place = describeYamlError(error, source);
    const item = error.code === 'DUPLICATE_KEY' ? findItemOfKey(source, place.offset) : undefined;
    // A forgotten «- » makes every key of the new item a repeat: the first one says why, the rest are its echo.
    if (item && dashless.has(item.start)) continue;
    const key = item && source.startsWith(`${item.firstKey}:`, place.offset) ? item.firstKey : undefined;
    if (item && key) dashless.add(item.start);
    const shown = key
      ? { offset: place.offset, message: text.yamlSyntax(text.yamlItemWithoutDash(key)) }
      : // Blank lines the parser stopped at are skipped: the slip is looked for from the line after them.
        (findYamlSlip(source, skipBlankLines(source, error.pos[0])) ?? place);
    found.push(shown);
    if (!place.contained) {
      end = shown.offset;
      break;
    }
  }
  const lines = new Set(found.map(({ offset }) => lineStart(source, offset)));
  const sentences = findSentenceKeys(doc).filter(
    ({ offset }) => offset < end && !lines.has(lineStart(source, offset)),
  );
  return withoutRepeats([...found, ...sentences]).sort((a, b) => a.offset - b.offset);
}

/** The same message at the same place once: two errors of the parser may point at one mistake. */
function withoutRepeats(slips: readonly Slip[]): Slip[] {
  const seen = new Set<string>();
  return slips.filter(({ offset, message }) => {
    const key = `${offset} ${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** An offset in blank lines moved on to the next line with text; kept when only blank lines follow. */
function skipBlankLines(source: string, offset: number): number {
  const start = lineStart(source, offset);
  if (source.slice(start, offset).trim() !== '') return offset;
  const end = source.indexOf('\n', offset);
  if (end < 0 || source.slice(start, end).trim() !== '') return offset;
  const next = /^(?:[ \t]*\n)*/.exec(source.slice(end + 1))![0].length + end + 1;
  return next < source.length ? next : offset;
}
