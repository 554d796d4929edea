import { text } from '../messages.js';
import { quoteOwnText } from './quote-own-text.js';
import { findShiftedItem } from './shifted-item.js';
import { findQuoteSlip } from './unclosed-quote.js';

/** A slip of the hand found near a YAML syntax error: where it is and what to say. */
export type Slip = { readonly offset: number; readonly message: string };

/**
 * A text that starts with a sign YAML keeps for itself: @, %, ` always; *, &, ! (an alias, an anchor, a tag) and |, >
 * (a block of lines) when more text follows on the line, which they never have in their own use; ! before a letter
 * no tag is spelled with («!Важно»).
 */
const reservedStart =
  /^( *(?:- +)?(?:[A-Za-z_][\w-]*: +)?)([@%`]|[*&!](?=\S* +[^\s#])|!(?=[^\s!-~])|[|>](?=[-+]?\d? +[^\s#]))/;

/** How many lines above the reported one a slip is looked for: the parser notices it a line or two late. */
const linesBack = 3;

/**
 * The usual slips of a person who writes YAML by hand, looked for on the line the parser names and the few
 * above it: a key without its colon («position Учитель»), no space after a colon («control:ilyin») but one before it
 * («control :ilyin»), none after a list dash («-Положение»), a no-break space after a colon (pasted from Word), text that ends with a colon
 * («result: Справка:»), an empty place between commas in brackets («[a, , b]»), and a quote left open or closed too early (unclosed-quote.ts). The parser reports them as bad
 * indentation or a key over two lines, often on the next line.
 */
export function findYamlSlip(source: string, offset: number): Slip | undefined {
  const quote = findQuoteSlip(source, offset);
  if (quote) return quote;
  let end = source.indexOf('\n', offset);
  if (end < 0) end = source.length;
  let start = source.lastIndexOf('\n', offset - 1) + 1;
  for (let back = 0; back <= linesBack && start >= 0; back++) {
    const line = source.slice(start, end);
    const slip = findSlipOnLine(line, start, source.slice(0, Math.max(start - 1, 0)));
    if (slip) return slip;
    if (start === 0) break;
    end = start - 1;
    start = source.lastIndexOf('\n', end - 1) + 1;
  }
  return undefined;
}

function findSlipOnLine(line: string, at: number, before: string): Slip | undefined {
  if (/^\s*(#|$)/.test(line) || /[|>][-+]?\s*$/.test(before.split('\n').at(-1) ?? '')) return undefined;
  const empty = /[[,][ \t]*(?=,)/.exec(
    line.replace(/"[^"]*"|'[^']*'/g, (quoted) => 'x'.repeat(quoted.length)),
  );
  if (empty && /[[{]/.test(line))
    return { offset: at + empty.index + empty[0].length, message: text.yamlSyntax(text.yamlEmptyFlowItem) };
  const reserved = reservedStart.exec(line);
  if (reserved) {
    const own = quoteOwnText(line);
    return {
      offset: at + reserved[1]!.length,
      message: text.yamlSyntax(text.yamlReservedStart(reserved[2]!, own.quoted)),
    };
  }
  const dash = /^( *)-(?=[^\s\d-])/.exec(line);
  if (dash) return { offset: at + dash[1]!.length, message: text.yamlSyntax(text.yamlSpaceAfterDash) };
  const noBreak = /^( *(?:- )?)([A-Za-z_][\w-]*):\u00A0/.exec(line);
  if (noBreak)
    return {
      offset: at + noBreak[0].length - 1,
      message: text.yamlSyntax(text.yamlNoBreakSpace(noBreak[2]!)),
    };
  const colonAtEnd = /^( *(?:- )?[A-Za-z_][\w-]*: +)([^\s'"#[{&*!|>][^#]*?:)\s*$/.exec(line);
  if (colonAtEnd)
    return {
      offset: at + colonAtEnd[1]!.length,
      message: text.yamlSyntax(text.yamlColonAtEnd(colonAtEnd[2]!)),
    };
  const spaced = /^( *(?:- )?)([A-Za-z_][\w-]*)( +):(?=[^\s/:])/.exec(line);
  if (spaced)
    return {
      offset: at + spaced[1]!.length + spaced[2]!.length,
      message: text.yamlSyntax(text.yamlSpaceBeforeColon(spaced[2]!)),
    };
  const glued = /^( *(?:- )?)([A-Za-z_][\w-]*):(?=[^\s/:])/.exec(line);
  if (glued)
    return { offset: at + glued[1]!.length, message: text.yamlSyntax(text.yamlSpaceAfterColon(glued[2]!)) };
  const undashed = /^( +)[^\s\-#"'[{](?:[^:#]|:(?!\s))*$/.exec(line);
  // A key whose value is on the lines below («approval:») is no text: it is a key a level off (bad-indent.ts).
  const opensBlock = /^ *[A-Za-z_][\w-]*:\s*$/.test(line);
  if (undashed && !opensBlock && isUnderDash(undashed[1]!.length, before))
    return { offset: at + undashed[1]!.length, message: text.yamlSyntax(text.yamlListLineWithoutDash) };
  const item = findShiftedItem(line, at, before);
  if (item) return item;
  const shifted = /^( *)- /.exec(line);
  const gap = shifted ? findLeftShift(shifted[1]!.length, before) : undefined;
  if (gap !== undefined)
    return { offset: at + shifted![1]!.length, message: text.yamlSyntax(text.yamlItemShiftedLeft(gap)) };
  const entry = /^( *)- /.exec(line);
  const dashless = entry ? findDashlessItem(entry[1]!.length, before) : undefined;
  if (dashless !== undefined) return { offset: dashless, message: text.yamlSyntax(text.yamlMissingDash) };
  const bare = /^( *(?:- )?)([A-Za-z_][\w-]*) +[^\s:#][^:]*$/.exec(line);
  if (bare && isAmongKeys(bare[1]!.length, before))
    return { offset: at + bare[1]!.length, message: text.yamlSyntax(text.yamlMissingColon(bare[2]!)) };
  return undefined;
}

/**
 * A list item whose «-» stands left of the «-» of the items above it, in no column of a line of the block (a list
 * item pressed a space too far left): how many spaces it lacks.
 */
function findLeftShift(column: number, before: string): number | undefined {
  let sibling: number | undefined;
  for (const line of before.split('\n').reverse()) {
    if (/^\s*(#|$)/.test(line)) continue;
    const own = /^ */.exec(line)![0].length;
    if (own === column) return undefined;
    if (own < column) break;
    if (line[own] === '-' && own - column <= 2) sibling = own;
  }
  return sibling === undefined ? undefined : sibling - column;
}

/** Whether the nearest line above that starts no deeper than `column` is a list item with its «-» in that column. */
function isUnderDash(column: number, before: string): boolean {
  for (const line of before.split('\n').reverse()) {
    if (/^\s*(#|$)/.test(line)) continue;
    const own = /^ */.exec(line)![0].length;
    if (own <= column) return own === column && line[own] === '-';
  }
  return false;
}

/** Whether the nearest line above at the same indentation is a `key:` line: the bare word is a key in a map. */
function isAmongKeys(indent: number, before: string): boolean {
  for (const line of before.split('\n').reverse()) {
    if (/^\s*(#|$)/.test(line)) continue;
    const own = /^( *)/.exec(line)![1]!.length;
    if (own < indent) return false;
    if (own === indent) return /^ *(?:- )?[A-Za-z_][\w-]*:(?:\s|$)/.test(line);
  }
  return false;
}

/**
 * A list whose first item lost its «- »: `rows:` then «label: …», «value: …» and only then «- label: …», all at one
 * indent. Returns where the first of the key lines above a list item starts, when they are such keys.
 */
function findDashlessItem(indent: number, before: string): number | undefined {
  const lines = before.split('\n');
  let first: number | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const own = /^( *)/.exec(line)![1]!.length;
    if (own > indent) continue;
    if (own < indent || !/^ *[A-Za-z_][\w-]*:(?:\s|$)/.test(line)) break;
    first = i;
  }
  if (first === undefined) return undefined;
  return lines.slice(0, first).reduce((sum, line) => sum + line.length + 1, 0) + indent;
}
