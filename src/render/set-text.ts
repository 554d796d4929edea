import { softHyphen } from '../language/hyphenation.js';
import type { Paragraph } from '../model/schema.js';
import { toParagraphSpec } from '../model/styles.js';
import { createTextMemo } from '../text-memo.js';
import { toSetInlines } from './hyphenated.js';
import { measureEm, readAdvanceTable } from './measure.js';

const ptPerMm = 72 / 25.4;
const softHyphenCode = 0xad;
const hyphenCode = 0x2d;
const spaceCode = 0x20;
const tabCode = 0x09;

/** A word as set: its text (soft hyphens in it), its width in em, and the widths of its parts between soft hyphens. */
export type SetWord = { readonly text: string; readonly em: number; readonly partsEm: readonly number[] };

/**
 * A line of a paragraph between explicit line breaks: its width in em unbroken, its words, and the widest part of a
 * word in it (between soft hyphens), which bounds how much room wrapping leaves at the end of a line (estimate.ts).
 */
export type SetLine = {
  readonly em: number;
  readonly words: readonly SetWord[];
  readonly widestPartEm: number;
};

/**
 * A paragraph's text as both renderers set it (hyphenated.ts), measured once in the embedded font: its lines and
 * words, and `leastMm`, the widest piece of it no line can break (without indent or cell margins; see measureWords
 * in column-needs.ts for where pieces end). The column widths and the row height estimate read this, so a table's
 * text is split and measured one time, character by character, whatever asks how wide or tall it is.
 */
export type SetText = {
  readonly lines: readonly SetLine[];
  readonly leastMm: number;
  /** The widest piece of it a line breaks only by hyphenating it (a word between spaces or after a hyphen). */
  readonly wordMm: number;
};

const known = new WeakMap<Paragraph, SetText>();
/** The same text in the same size and face measures the same: in another paragraph, or the next build's. */
const byText = createTextMemo<SetText>(20_000);

export function measureSetText(paragraph: Paragraph): SetText {
  let set = known.get(paragraph);
  if (set === undefined) {
    const { sizePt, bold } = toParagraphSpec(paragraph);
    const lines = toLineTexts(paragraph);
    set = byText(`${sizePt} ${bold ? 'b' : 'r'} ${lines.join('\n')}`, () =>
      measureLines(lines, sizePt, bold),
    );
    known.set(paragraph, set);
  }
  return set;
}

/**
 * `whole`, the paragraph `hyphenated` set without hyphenation (whole-words.ts), measured from what was measured of
 * `hyphenated` rather than character by character again: the same lines and words, each word one part, and no piece
 * that a line can break narrower than a word between hyphens. A text with soft hyphens of its own, which stay when
 * hyphenation is dropped, is measured as usual.
 */
export function keepWholeSetText(hyphenated: Paragraph, whole: Paragraph): void {
  if (known.has(whole)) return;
  for (const inline of whole.children)
    if (inline.type === 'text' && inline.value.includes(softHyphen)) return;
  const set = measureSetText(hyphenated);
  const lines = set.lines.map((line) => ({
    em: line.em,
    words: line.words.map((word) => ({
      text: word.text.includes(softHyphen) ? word.text.replaceAll(softHyphen, '') : word.text,
      em: word.em,
      partsEm: [word.em],
    })),
    widestPartEm: line.words.reduce((widest, word) => Math.max(widest, word.em), 0),
  }));
  known.set(whole, { lines, leastMm: set.wordMm, wordMm: set.wordMm });
}

/** The paragraph's lines as text: inlines other than text and line breaks (a tab) stand as a space. */
export function toLineTexts(paragraph: Paragraph): string[] {
  return toSetInlines(paragraph)
    .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'lineBreak' ? '\n' : ' '))
    .join('')
    .split('\n');
}

function measureLines(texts: readonly string[], sizePt: number, bold: boolean): SetText {
  const { advances, unitsPerEm } = readAdvanceTable(bold);
  const toMm = (em: number) => (em * sizePt) / ptPerMm;
  const hyphenMm = toMm(measureEm('-', bold));
  let leastMm = 0;
  let wordMm = 0;
  const lines = texts.map((line): SetLine => {
    const words: SetWord[] = [];
    let lineUnits = 0;
    let widestPartEm = 0;
    let usual = true;
    let start = -1;
    // The word being read: all of it, its part since the last soft hyphen, its piece since the last break.
    let wordUnits = 0;
    let partUnits = 0;
    let pieceUnits = 0;
    let wholeUnits = 0;
    let partsEm: number[] = [];
    let wordUsual = true;
    let wordLeastMm = 0;
    const endWord = (end: number) => {
      const text = line.slice(start, end);
      if (wordUsual) {
        // An array of the parts' number: one that grew by pushes keeps room for 17 (~150 bytes a word).
        const lastEm = partUnits / unitsPerEm;
        const parts = partsEm.length === 0 ? [lastEm] : partsEm.concat(lastEm);
        for (const em of parts) widestPartEm = Math.max(widestPartEm, em);
        words.push({ text, em: wordUnits / unitsPerEm, partsEm: parts });
        leastMm = Math.max(leastMm, wordLeastMm, toMm(pieceUnits / unitsPerEm));
        wordMm = Math.max(wordMm, toMm(wholeUnits / unitsPerEm));
      } else {
        const word = measureUnusualWord(text, bold, toMm, hyphenMm);
        for (const em of word.partsEm) widestPartEm = Math.max(widestPartEm, em);
        words.push({ text, em: word.em, partsEm: word.partsEm });
        leastMm = Math.max(leastMm, word.leastMm);
        wordMm = Math.max(wordMm, word.wordMm);
      }
      start = -1;
    };
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === spaceCode || code === tabCode) {
        if (start >= 0) endWord(i);
        const advance = advances[code] ?? -1;
        if (advance < 0) usual = false;
        lineUnits += advance;
        continue;
      }
      if (start < 0) {
        start = i;
        wordUnits = partUnits = pieceUnits = wholeUnits = wordLeastMm = 0;
        partsEm = [];
        wordUsual = true;
      }
      if (code === softHyphenCode) {
        partsEm.push(partUnits / unitsPerEm);
        wordLeastMm = Math.max(wordLeastMm, toMm(pieceUnits / unitsPerEm) + hyphenMm);
        partUnits = pieceUnits = 0;
        continue;
      }
      const advance = code < advances.length ? advances[code]! : -1;
      if (advance < 0) {
        usual = wordUsual = false;
        continue;
      }
      lineUnits += advance;
      wordUnits += advance;
      partUnits += advance;
      pieceUnits += advance;
      wholeUnits += advance;
      if (code === hyphenCode) {
        wordLeastMm = Math.max(wordLeastMm, toMm(pieceUnits / unitsPerEm));
        wordMm = Math.max(wordMm, toMm(wholeUnits / unitsPerEm));
        pieceUnits = wholeUnits = 0;
      }
    }
    if (start >= 0) endWord(line.length);
    const em = usual ? lineUnits / unitsPerEm : measureEm(line.replaceAll(softHyphen, ''), bold);
    return { em, words: words.slice(), widestPartEm };
  });
  return { lines, leastMm, wordMm };
}

/**
 * A word with a character outside the metrics table (a zero-width space that marks a break in an over-long word,
 * a rare letter): measured by its strings, as measureEm lays such a word out with fontkit.
 */
function measureUnusualWord(
  text: string,
  bold: boolean,
  toMm: (em: number) => number,
  hyphenMm: number,
): SetWord & { leastMm: number; wordMm: number } {
  const parts = text.split(softHyphen);
  const wholes = parts.join('').split(/[\u200B]|(?<=-)/);
  return {
    wordMm: Math.max(...wholes.map((whole) => toMm(measureEm(whole, bold)))),
    text,
    em: measureEm(parts.join(''), bold),
    partsEm: parts.map((part) => measureEm(part, bold)),
    leastMm: measurePiecesMm(text, (piece) => toMm(measureEm(piece, bold)), hyphenMm),
  };
}

/**
 * The widest piece of a word no line can break, measured by its strings: pieces end at a break mark of an over-long
 * word (a zero-width space, markup/break-long-words.ts), after a hyphen, and at a soft hyphen, where the hyphen
 * drawn at the break counts too.
 */
export function measurePiecesMm(word: string, toMm: (piece: string) => number, hyphenMm: number): number {
  let leastMm = 0;
  for (const part of word.split(/[\u200B]|(?<=-)/)) {
    const pieces = part.split(softHyphen);
    pieces.forEach((piece, i) => {
      leastMm = Math.max(leastMm, toMm(piece) + (i < pieces.length - 1 ? hyphenMm : 0));
    });
  }
  return leastMm;
}
