import type { Inline } from '../model/schema.js';
import { breakLongWords } from './break-long-words.js';
import type { Marks, ParagraphFrame } from './frames.js';

/** Adds a piece of text to the paragraph being built, with the marks of the enclosing b/i/u. */
export function appendText(
  frame: ParagraphFrame | { kind: 'mark'; paragraph: ParagraphFrame; marks: Marks },
  value: string,
): void {
  if (frame.kind === 'paragraph') frame.inlines.push({ type: 'text', value });
  else frame.paragraph.inlines.push({ type: 'text', value, ...pickMarks(frame.marks) });
}

function pickMarks(marks: Marks): Marks {
  return Object.fromEntries(Object.entries(marks).filter(([, v]) => v)) as Marks;
}

const xmlSpace = /[ \t\r\n]+/g;

/**
 * Whitespace as in HTML: runs of template whitespace (space, tab, newline — never U+00A0) become one space,
 * dropped at the start and end of the paragraph and around line breaks; neighbouring runs with equal marks merge.
 * Overlong words get break opportunities (break-long-words.ts).
 */
export function finishInlines(inlines: readonly Inline[]): Inline[] {
  const [only] = inlines;
  if (inlines.length === 1 && only?.type === 'text' && isSettled(only.value))
    return [withLongWordsBroken(only)];
  const out: Inline[] = [];
  let atLineStart = true;
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      if (inline.type === 'lineBreak') trimEnd(out);
      out.push(inline);
      atLineStart = inline.type === 'lineBreak';
      continue;
    }
    let value = inline.value.replace(xmlSpace, ' ');
    const prev = out.at(-1);
    if (value.startsWith(' ') && (atLineStart || (prev?.type === 'text' && prev.value.endsWith(' '))))
      value = value.slice(1);
    if (value === '') continue;
    atLineStart = false;
    if (prev?.type === 'text' && sameMarks(prev, inline))
      out[out.length - 1] = { ...prev, value: prev.value + value };
    else out.push({ ...inline, value });
  }
  trimEnd(out);
  return out.map((inline) => (inline.type === 'text' ? withLongWordsBroken(inline) : inline));
}

function withLongWordsBroken(inline: Inline & { type: 'text' }): Inline {
  const value = breakLongWords(inline.value);
  return value === inline.value ? inline : { ...inline, value };
}

/** Text that the whitespace rules leave as it is: no tab or line end, no double space, none at either end. */
const unsettled = /[\t\n\r]| {2}|^ | $|^$/;

function isSettled(value: string): boolean {
  return !unsettled.test(value);
}

function trimEnd(out: Inline[]): void {
  const last = out.at(-1);
  if (last?.type !== 'text') return;
  const value = last.value.replace(/ +$/, '');
  if (value === '') out.pop();
  else out[out.length - 1] = { ...last, value };
}

function sameMarks(a: Inline & { type: 'text' }, b: Inline & { type: 'text' }): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}
