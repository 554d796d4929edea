import type { Block, Cell, DocumentModel, Inline, Paragraph, Table } from '../model/schema.js';
import { mapSectionBlocks } from '../model/section-blocks.js';
import { resolveTableWidthsMm } from './column-widths.js';
import {
  breakAt,
  mapLines,
  slackMm,
  type TextInline,
  toMeasure,
  toWords,
  toWrappable,
  type Word,
} from './line-words.js';
import { toInnerWidthsMm, toSpanWidthMm, toTableGrid } from './table-grid.js';
import { countWrappedLines } from './wrapped-lines.js';

/** Lines at most a requisite is broken anew in (the ways to break it multiply). */
const maxLines = 6;

/**
 * The requisites of a document's head (stamps, «Приложение к приказу»), broken as a clerk breaks them: no word is
 * broken at its hyphen («____ А.Б. Иванова-/Шевчук»), no short word is left alone on a line, and a quoted name
 * stays whole on its line when it fits there — «Директор ГАПОУ НСО / «НПК № 1 им. А.С. Макаренко»», not
 * «Директор ГАПОУ НСО «НПК / № 1 им. А.С. Макаренко»». A line keeps its number of lines; of the ways to break it in
 * as many, the one with the fewest breaks inside quotes, then with fewer short words alone on a line, and of those
 * the fullest lines first (as it wraps). The
 * breaks go into the model as line breaks, so Word and the PDF break the lines at the same spaces.
 */
export function keepQuotedNamesWhole(model: DocumentModel): DocumentModel {
  return mapSectionBlocks(model, (block, widthMm) =>
    block.type === 'table' && block.borders === 'none' ? withRequisiteLines(block, widthMm) : block,
  );
}

function withRequisiteLines(table: Table, widthMm: number): Table {
  const inner = toInnerWidthsMm(resolveTableWidthsMm(table, widthMm));
  const grid = toTableGrid(table);
  const rows = table.rows.map((row, r) => {
    const placed = grid[r]!.filter((cell) => cell !== 'covered');
    const cells = row.cells.map((cell, c): Cell => {
      const at = placed[c];
      if (at === undefined) return cell;
      const cellMm = toSpanWidthMm(inner, at.column, at.colSpan);
      const children = cell.children.map((block) => withQuotesWhole(block, cellMm));
      return children.every((block, i) => block === cell.children[i]) ? cell : { ...cell, children };
    });
    return cells.every((cell, c) => cell === row.cells[c]) ? row : { ...row, cells };
  });
  return rows.every((row, r) => row === table.rows[r]) ? table : { ...table, rows };
}

function withQuotesWhole(block: Block, widthMm: number): Block {
  if (block.type !== 'paragraph' || block.style !== 'stamp' || (block.align ?? 'left') !== 'left')
    return block;
  const children = mapLines(block.children, (line) => breakLine(line, block, widthMm));
  return children === block.children ? block : { ...block, children: [...children] };
}

function breakLine(line: TextInline[], paragraph: Paragraph, widthMm: number): readonly Inline[] {
  const mm = toMeasure(paragraph);
  const words = toWords(line, mm);
  if (words === undefined) return line;
  const spaceMm = mm(' ', {});
  // As a word processor wraps it: a word may also break after a hyphen («химико-/технологический»).
  const wrappable = toWrappable(words, spaceMm, (word) =>
    word.text
      .split(/(?<=-)(?=\p{L})/u)
      .map((piece, i, pieces) => ({ mm: mm(piece, line[0]!), hyphen: i < pieces.length - 1 })),
  );
  const inWord = { count: 0 };
  const lines = countWrappedLines(wrappable, widthMm, inWord);
  if (lines < 2 || lines > maxLines || words.some((w) => w.mm > widthMm - slackMm)) return line;
  const greedy = wrapGreedily(words, spaceMm, widthMm);
  // The lines as a word processor wraps them, a little short of the width: set in the model too, a line that only
  // just fits is never wrapped by one renderer and not the other («к приказу МАДОУ ЦРР – детский / сад» in
  // LibreOffice, «…ЦРР – / детский сад» in the PDF). Short of the width they may take a line more.
  const short = wrapGreedily(words, spaceMm, widthMm - slackMm);
  const best = chooseBreaks(words, spaceMm, widthMm - slackMm, Math.max(lines, short.length + 1));
  // Better: it breaks no word at its hyphen («Иванова-/Шевчук») where the text would, or fewer quoted names, or
  // parts a number from its date less often, or leaves fewer short words alone on a line.
  const than = best?.length === greedy.length ? greedy : short;
  const better = best !== undefined && (inWord.count > 0 || isBetter(best, than, words, false));
  const chosen = better ? best : short;
  return breakAt(
    line,
    chosen.map((i) => words[i]!),
  );
}

/** The words after which a word processor breaks the line: each word while it fits. */
function wrapGreedily(words: readonly Word[], spaceMm: number, widthMm: number): number[] {
  const breaks: number[] = [];
  let x = 0;
  words.forEach((word, i) => {
    if (i > 0 && x + spaceMm + word.mm > widthMm) {
      breaks.push(i - 1);
      x = word.mm;
    } else x += (i > 0 ? spaceMm : 0) + word.mm;
  });
  return breaks;
}

const countQuoted = (breaks: readonly number[], words: readonly Word[]) =>
  breaks.reduce((sum, b) => sum + words[b]!.quoted, 0);

/**
 * Breaks that part «№ 2» from the date or name it follows: «(протокол от 5 сентября 2025 г. / № 2)», «СОШ / № 5»;
 * a clerk breaks «(протокол / от 5 сентября 2025 г. № 2)».
 */
const countNumberSplits = (breaks: readonly number[], words: readonly Word[]) =>
  breaks.filter((b) => words[b + 1]?.text.startsWith('№')).length;

/**
 * Of the ways to break the words in `lines` lines within the width, the one with the fewest (and shallowest)
 * breaks inside quotes, and of those the one whose lines are fullest from the top; none when no way fits.
 */
function chooseBreaks(
  words: readonly Word[],
  spaceMm: number,
  widthMm: number,
  lines: number,
): number[] | undefined {
  let best: number[] | undefined;
  const walk = (from: number, breaks: number[]) => {
    const left = lines - breaks.length;
    let width = -spaceMm;
    for (let to = from; to < words.length; to++) {
      width += spaceMm + words[to]!.mm;
      if (width > widthMm) return;
      if (left === 1) {
        if (to === words.length - 1 && (best === undefined || isBetter([...breaks], best, words)))
          best = [...breaks];
      } else if (to < words.length - 1) walk(to + 1, [...breaks, to]);
    }
  };
  walk(0, []);
  return best;
}

/**
 * Fewer quoted breaks first, then fewer numbers parted from what they number, then fewer short words alone on a line
 * («…науки Псковской / области»), then fewer lines between the first and the last with one word, then (`fuller`) the
 * later first break (the fuller first line), then the later second…
 */
function isBetter(
  breaks: readonly number[],
  than: readonly number[],
  words: readonly Word[],
  fuller = true,
): boolean {
  const quoted = countQuoted(breaks, words) - countQuoted(than, words);
  if (quoted !== 0) return quoted < 0;
  const numbers = countNumberSplits(breaks, words) - countNumberSplits(than, words);
  if (numbers !== 0) return numbers < 0;
  const alone = countAlone(breaks, words) - countAlone(than, words);
  if (alone !== 0) return alone < 0;
  const middle = countMiddleSingles(breaks) - countMiddleSingles(than);
  if (middle !== 0) return middle < 0;
  if (!fuller) return false;
  const at = breaks.findIndex((b, i) => b !== than[i]);
  return at >= 0 && breaks[at]! > than[at]!;
}

/** A word this short (mm) standing alone on a line of a broken requisite reads as left over: «области». */
const aloneMm = 25;

/** How many lines of a line broken in several hold one short word only. */
function countAlone(breaks: readonly number[], words: readonly Word[]): number {
  if (breaks.length === 0) return 0;
  return [-1, ...breaks].filter((from, i) => {
    const to = breaks[i] ?? words.length - 1;
    return to === from + 1 && words[to]!.mm < aloneMm;
  }).length;
}

/**
 * How many lines between the first and the last hold one word only, however long: «к распоряжению Министерства /
 * образования / Московской области» reads as broken twice in one name; the first line may hold a lead word alone
 * («распоряжением»), the last a name tied whole («ГБПОУ «ЭПК»»).
 */
function countMiddleSingles(breaks: readonly number[]): number {
  return breaks.filter((from, i) => i + 1 < breaks.length && breaks[i + 1] === from + 1).length;
}
