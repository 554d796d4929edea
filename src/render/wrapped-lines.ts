import { softHyphen } from '../language/hyphenation.js';
import { measureEm } from './measure.js';
import type { SetLine } from './set-text.js';

const ptPerMm = 72 / 25.4;

/** One line of a cell's text as the balancing sees it: its words, each a run of pieces where it may break. */
export type WrappableLine = {
  /** Each word's pieces in mm; `hyphen` says a break after the piece draws a hyphen (a soft hyphen's place). */
  readonly words: readonly (readonly { readonly mm: number; readonly hyphen: boolean }[])[];
  /** Each word's width whole: the sum of its pieces. */
  readonly wholesMm: readonly number[];
  readonly spaceMm: number;
  readonly hyphenMm: number;
  /** List indent and first-line indent: the width the text starts at. */
  readonly indentMm: number;
};

/**
 * A line of a paragraph measured for wrapping (words at spaces, pieces at soft hyphens and after a hyphen-minus
 * before a letter), from the line as set-text.ts measured it: its words' parts between soft hyphens are the pieces,
 * already measured; only a word with a hyphen-minus, which breaks after it too, is measured again.
 */
export function toWrappableLine(
  line: SetLine,
  sizePt: number,
  bold: boolean,
  indentMm: number,
): WrappableLine {
  // The column widths (row-texts.ts) and the whole-words step (cell-line-count.ts) ask for the same lines.
  const key = `${sizePt} ${bold} ${indentMm}`;
  const known = wrappables.get(line);
  const found = known?.get(key);
  if (found !== undefined) return found;
  const wrappable = measureWrappableLine(line, sizePt, bold, indentMm);
  if (known === undefined) wrappables.set(line, new Map([[key, wrappable]]));
  else known.set(key, wrappable);
  return wrappable;
}

/** Each measured line's wrappable forms, by size, face and indent: a line is set at one or two of them. */
const wrappables = new WeakMap<SetLine, Map<string, WrappableLine>>();

function measureWrappableLine(line: SetLine, sizePt: number, bold: boolean, indentMm: number): WrappableLine {
  const mm = (s: string) => (measureEm(s, bold) * sizePt) / ptPerMm;
  const words = line.words.map((word) =>
    word.text.includes('-')
      ? measurePieces(word.text, mm)
      : word.partsEm.map((em, i, parts) => ({ mm: (em * sizePt) / ptPerMm, hyphen: i < parts.length - 1 })),
  );
  const wholesMm = words.map((word) => word.reduce((sum, p) => sum + p.mm, 0));
  return { words, wholesMm, spaceMm: mm(' '), hyphenMm: mm('-'), indentMm };
}

/** A word's pieces: its parts between soft hyphens, each split again after a hyphen-minus before a letter. */
function measurePieces(word: string, mm: (s: string) => number): WrappableLine['words'][number] {
  return word.split(softHyphen).flatMap((part, i, parts) => {
    const pieces = part.includes('-') ? part.split(/(?<=-)(?=\p{L})/u) : [part];
    return pieces.map((piece, j) => ({
      mm: mm(piece),
      hyphen: j === pieces.length - 1 && i < parts.length - 1,
    }));
  });
}

/**
 * The lines a text takes at a width, broken as a word processor breaks it: whole words while they fit, then a word
 * after the last of its pieces that fits with its hyphen, a piece wider than the line over lines of its own.
 * `hyphenated`, when given, counts the breaks that hyphenate a word (not those after a hyphen it has). With `soft`
 * false, as set without hyphenation: a word breaks only after a hyphen of its own (the pieces between its soft hyphens
 * taken as one).
 */
export function countWrappedLines(
  line: WrappableLine,
  widthMm: number,
  hyphenated?: { count: number },
  soft = true,
): number {
  // A word fitted to the width exactly fits it: its pieces' widths summed may exceed it by a rounding error.
  const room = Math.max(widthMm - line.indentMm, 1) + 1e-6;
  const { words, wholesMm, spaceMm, hyphenMm } = line;
  let lines = 1;
  let x = 0;
  // Plain loops: this runs for every cell at every width the balancing tries, mostly before V8 optimises it.
  for (let w = 0; w < words.length; w++) {
    const whole = wholesMm[w]!;
    const gap = x === 0 ? 0 : spaceMm;
    if (x + gap + whole <= room) {
      x += gap + whole;
      continue;
    }
    const word = words[w]!;
    let at = x + gap;
    let mm = 0; // the piece since the last place the word may break
    for (let i = 0; i < word.length; i++) {
      const piece = word[i]!;
      const last = i === word.length - 1;
      mm += piece.mm;
      if (!soft && piece.hyphen && !last) continue;
      const hyphen = soft && !last && piece.hyphen ? hyphenMm : 0;
      if (at > 0 && at + mm + hyphen > room) {
        lines++;
        if (hyphenated && i > 0 && word[i - 1]!.hyphen) hyphenated.count++;
        at = 0;
      }
      if (mm > room) {
        lines += Math.ceil(mm / room) - 1;
        at = mm % room;
      } else at += mm;
      mm = 0;
    }
    x = at;
  }
  return lines;
}
