import { type Document, visit } from 'yaml';
import { text } from '../messages.js';
import type { Slip } from './yaml-slips.js';

/** A list item's line: its indent, then «- » and text. */
const itemLine = /^( *)- \S/;

/**
 * Whether the text may hold a list item glued to the text above it: a cheap look at the lines for the fast reader
 * (load-fast.ts), which leaves such a file to the full one. A «- » line indented deeper than the line above, when
 * that line opens no block (`key:`, `|`, `>`) and has no «-» in that column («- - a» above «  - b»), is one.
 */
export function mayHaveMergedItem(source: string): boolean {
  let previous: string | undefined;
  for (const line of source.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const item = itemLine.exec(line);
    if (item && previous !== undefined && !/(:|[|>][-+]?)\s*$/.test(previous)) {
      const dashes = /^ *(?:- +)*/.exec(previous)![0];
      const column = item[1]!.length;
      // «- - a» then «  - b»: a sibling of the inner item, not text going on.
      if (column > /^ */.exec(previous)![0].length && dashes[column] !== '-') return true;
    }
    previous = line.replace(/\s+#.*$/, '');
  }
  return false;
}

/**
 * A list item indented a space or more too far: YAML reads its line as the next line of the plain text above it
 * («…Уставом. - Положение определяет…», one clause instead of two, every later number shifted), with no error. No
 * plain text goes on with «- » at the start of a line: such a line is a list item out of place, reported at its dash.
 */
export function findMergedItems(doc: Document, source: string): Slip[] {
  const found: Slip[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.range) return;
      const [start, end] = node.range;
      let at = source.indexOf('\n', start);
      while (at >= 0 && at < end) {
        const dash = /^ *- \S/.exec(source.slice(at + 1, end));
        if (dash) {
          const offset = at + dash[0].length - 2;
          const lineEnd = source.indexOf('\n', offset);
          const line = source.slice(offset, lineEnd < 0 ? undefined : lineEnd);
          found.push({ offset, message: text.yamlSyntax(text.yamlMergedItem(shorten(line))) });
          return;
        }
        at = source.indexOf('\n', at + 1);
      }
    },
  });
  return found;
}

function shorten(line: string): string {
  const words = line.trim().split(/\s+/);
  return words.length > 4 ? `${words.slice(0, 4).join(' ')} …` : words.join(' ');
}
