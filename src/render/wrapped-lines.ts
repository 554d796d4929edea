import { softHyphen } from '../language/hyphenation.js';
import { createTextMemo } from '../text-memo.js';
import { measureEm } from './measure.js';

const ptPerMm = 72 / 25.4;

/** One line of a cell's text as the balancing sees it: its words, each a run of pieces where it may break. */
export type WrappableLine = {
  /** Each word's pieces in mm; `hyphen` says a break after the piece draws a hyphen (a soft hyphen's place). */
  readonly words: readonly (readonly { readonly mm: number; readonly hyphen: boolean }[])[];
  readonly spaceMm: number;
  readonly hyphenMm: number;
  /** List indent and first-line indent: the width the text starts at. */
  readonly indentMm: number;
};

const measured = createTextMemo<WrappableLine>(20_000);

/** A line of text measured for wrapping: words at spaces, pieces at soft hyphens and after a hyphen-minus. */
export function measureWrappable(
  text: string,
  sizePt: number,
  bold: boolean,
  indentMm: number,
): WrappableLine {
  return measured(`${sizePt} ${bold ? 'b' : 'r'} ${indentMm} ${text}`, () =>
    measureLine(text, sizePt, bold, indentMm),
  );
}

function measureLine(text: string, sizePt: number, bold: boolean, indentMm: number): WrappableLine {
  const mm = (s: string) => (measureEm(s, bold) * sizePt) / ptPerMm;
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .map((word) =>
      word.split(softHyphen).flatMap((part, i, parts) => {
        const pieces = part.includes('-') ? part.split(/(?<=-)(?=\p{L})/u) : [part];
        return pieces.map((piece, j) => ({
          mm: mm(piece),
          hyphen: j === pieces.length - 1 && i < parts.length - 1,
        }));
      }),
    );
  return { words, spaceMm: mm(' '), hyphenMm: mm('-'), indentMm };
}

/**
 * The lines a text takes at a width, broken as a word processor breaks it: whole words while they fit, then a word
 * after the last of its pieces that fits with its hyphen, a piece wider than the line over lines of its own.
 */
export function countWrappedLines(line: WrappableLine, widthMm: number): number {
  const room = Math.max(widthMm - line.indentMm, 1);
  let lines = 1;
  let x = 0;
  for (const word of line.words) {
    const whole = word.reduce((sum, p) => sum + p.mm, 0);
    const gap = x === 0 ? 0 : line.spaceMm;
    if (x + gap + whole <= room) {
      x += gap + whole;
      continue;
    }
    let at = x + gap;
    word.forEach((piece, i) => {
      const hyphen = i < word.length - 1 && piece.hyphen ? line.hyphenMm : 0;
      if (at > 0 && at + piece.mm + hyphen > room) {
        lines++;
        at = 0;
      }
      if (piece.mm > room) {
        lines += Math.ceil(piece.mm / room) - 1;
        at = piece.mm % room;
      } else at += piece.mm;
    });
    x = at;
  }
  return lines;
}
