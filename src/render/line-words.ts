import type { Inline, Paragraph } from '../model/schema.js';
import { styles } from '../model/styles.js';
import { measureEm } from './measure.js';
import type { WrappableLine } from './wrapped-lines.js';

export type TextInline = Extract<Inline, { type: 'text' }>;

const ptPerMm = 72 / 25.4;

/**
 * Left free at the end of every line the line rules break (balanced-lines.ts, requisite-lines.ts): a word processor
 * that measures a shade wider keeps the line whole.
 */
export const slackMm = 1;

/** How wide a text of a paragraph is, in mm, in the paragraph's size and face (bold by the style or the inline). */
export function toMeasure(
  paragraph: Paragraph,
): (text: string, inline: { bold?: boolean | undefined }) => number {
  const sizePt = paragraph.sizePt ?? styles[paragraph.style].sizePt;
  const bold = styles[paragraph.style].bold === true;
  return (text, inline) => (measureEm(text, bold || inline.bold === true) * sizePt) / ptPerMm;
}

/**
 * The words as wrapped-lines.ts counts their lines: each word whole, or in the pieces `split` gives (where a word
 * processor may break it too).
 */
export function toWrappable(
  words: readonly Word[],
  spaceMm: number,
  split: (word: Word) => WrappableLine['words'][number] = (word) => [{ mm: word.mm, hyphen: false }],
): WrappableLine {
  return { words: words.map(split), wholesMm: words.map((w) => w.mm), spaceMm, hyphenMm: 0, indentMm: 0 };
}

/**
 * A word of a line, between spaces that may break: its width, whether a break after it falls between phrases
 * (`phrase`), how deep in quotes the space after it lies (`quoted`: 1 inside «…», 2 inside a quote within it), and
 * the space after it (inline, index in its text).
 */
export type Word = {
  readonly text: string;
  readonly mm: number;
  readonly phrase: boolean;
  readonly quoted: number;
  readonly space?: { readonly inline: number; readonly at: number };
};

const phraseEnd = /[,;:»)]$/u;
const phraseStart =
  /^(?:[«(]|(?:в|во|на|о|об|обо|по|с|со|к|ко|у|для|и|а|но|или|как|между|при|через|из|от|до|за|под|над|без|после)(?:[\s\u00A0]|$))/u;

/** The words of a line, whatever inlines they run over; none when two spaces meet or a space starts or ends it. */
export function toWords(
  line: readonly TextInline[],
  mm: (text: string, inline: TextInline) => number,
): Word[] | undefined {
  const read: { mm: number; text: string; space?: Word['space'] }[] = [];
  let width = 0;
  let text = '';
  line.forEach((inline, index) => {
    inline.value.split(' ').forEach((piece, k, pieces) => {
      width += mm(piece, inline);
      text += piece;
      if (k === pieces.length - 1) return;
      read.push({ mm: width, text, space: { inline: index, at: sumLengths(pieces, k) } });
      width = 0;
      text = '';
    });
  });
  read.push({ mm: width, text });
  if (read.some((w) => w.text === '')) return undefined;
  let depth = 0;
  return read.map((w, i) => {
    for (const char of w.text)
      depth = char === '«' ? depth + 1 : char === '»' ? Math.max(depth - 1, 0) : depth;
    return {
      text: w.text,
      mm: w.mm,
      phrase: phraseEnd.test(w.text) || phraseStart.test(read[i + 1]?.text ?? ''),
      quoted: depth,
      ...(w.space ? { space: w.space } : {}),
    };
  });
}

const sumLengths = (pieces: readonly string[], upTo: number) =>
  pieces.slice(0, upTo + 1).reduce((sum, piece) => sum + piece.length, 0) + upTo;

/** The line with a line break in place of the space after each of `breaks`. */
export function breakAt(line: readonly TextInline[], breaks: readonly Word[]): Inline[] {
  return line.flatMap((inline, index) => {
    const at = breaks.flatMap((w) => (w.space?.inline === index ? [w.space.at] : []));
    if (at.length === 0) return [inline];
    const parts = [-1, ...at].map((from, k) => inline.value.slice(from + 1, at[k] ?? inline.value.length));
    return parts.flatMap((part, k): Inline[] => [
      ...(k > 0 ? [{ type: 'lineBreak' as const }] : []),
      ...(part === '' ? [] : [{ ...inline, value: part }]),
    ]);
  });
}

/**
 * Each line of a paragraph's inlines, as the template broke it (`<br/>`), made again by `map`; the paragraph's own
 * inlines when no line changed. Only a paragraph of text and line breaks has lines to map.
 */
export function mapLines(
  children: readonly Inline[],
  map: (line: TextInline[]) => readonly Inline[],
): readonly Inline[] {
  if (!children.every((inline) => inline.type === 'text' || inline.type === 'lineBreak')) return children;
  const mapped: Inline[] = [];
  let changed = false;
  let start = 0;
  for (let i = 0; i <= children.length; i++) {
    if (i < children.length && children[i]!.type !== 'lineBreak') continue;
    const line = children.slice(start, i) as TextInline[];
    const done = map(line);
    changed ||= done !== line;
    mapped.push(...done);
    if (i < children.length) mapped.push({ type: 'lineBreak' });
    start = i + 1;
  }
  return changed ? mapped : children;
}
