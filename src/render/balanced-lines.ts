import type { Block, DocumentModel, Inline, Paragraph } from '../model/schema.js';
import { mapSectionBlocks } from '../model/section-blocks.js';
import { styles } from '../model/styles.js';
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
import { countWrappedLines } from './wrapped-lines.js';

/** Lines at most a paragraph is balanced in; a longer one is left as it wraps (the ways to break it multiply). */
const maxLines = 5;

/**
 * How much longer the longest line may be for each break between phrases: after a comma, a colon or a closing
 * quote, before an opening one, or before a preposition or conjunction — «Об организации работы «Школы молодого
 * педагога» / в 2025/2026 учебном году», not «… «Школы молодого / педагога» в …».
 */
const phraseBonusMm = 30;
/** How much longer the longest line may be when the lines grow no longer downwards (the longest on top). */
const risingMm = 15;
/** Ranks an uneven way after every even one: more than any line and all bonuses together. */
const unevenMm = 10_000;
/** No line shorter than this share of the longest, if the text can be broken so: no word or two left alone. */
const shortestShare = 0.4;

/**
 * Centred lines of even length, as a careful clerk breaks a long organisation name or title by hand: «Муниципальное
 * бюджетное общеобразовательное / учреждение «Лицей № 2»», not a full line over a lone «№ 2»». A centred paragraph
 * of the section's text (the title, a heading, the organisation's name) that wraps keeps its number of lines, and
 * its breaks are moved to the spaces where its lines are the most even, between phrases where it can (chooseBreaks). The
 * breaks go into the model as line breaks, so Word and the PDF break the paragraph at the same spaces: every line
 * is narrower than the page, and neither has a reason to break it again. A line the template broke (`<br/>`) is
 * balanced on its own.
 */
export function balanceCentredLines(model: DocumentModel): DocumentModel {
  return mapSectionBlocks(model, balanceBlock);
}

function balanceBlock(block: Block, widthMm: number): Block {
  if (block.type !== 'paragraph') return block;
  const style = styles[block.style];
  if ((block.align ?? style.align) !== 'center' || style.hyphenate || style.firstLineMm !== 0) return block;
  const children = mapLines(block.children, (line) => balanceLine(line, block, widthMm));
  return children === block.children ? block : { ...block, children: [...children] };
}

/**
 * One line of the text as the template gave it: in as many lines as it wraps in at the page's width, broken where
 * they are even within that width less `slackMm`; as it was when it takes one line, or its lines cannot be even.
 */
function balanceLine(line: TextInline[], paragraph: Paragraph, widthMm: number): Inline[] {
  const mm = toMeasure(paragraph);
  const words = toWords(line, mm);
  if (words === undefined || words.some((w) => w.mm > widthMm)) return line;
  const spaceMm = mm(' ', {});
  // As a word processor breaks it: each word while it fits (centred lines are not hyphenated).
  const lines = countWrappedLines(toWrappable(words, spaceMm), widthMm);
  if (lines < 2 || lines > maxLines) return line;
  const breaks = chooseBreaks(words, spaceMm, widthMm - slackMm, lines);
  return breaks === undefined
    ? line
    : breakAt(
        line,
        breaks.map((i) => words[i]!),
      );
}

/**
 * The words after which `lines` lines break, of the ways that keep every line within the width: one whose lines
 * are even (none shorter than `shortestShare` of the longest), then the one whose longest line is the shortest, less
 * `phraseBonusMm` for each break between phrases, plus `risingMm` unless the lines grow no longer downwards (the
 * longest on top, as a title is broken); none when no way keeps within the width.
 */
function chooseBreaks(
  words: readonly Word[],
  spaceMm: number,
  widthMm: number,
  lines: number,
): number[] | undefined {
  const ends = [0];
  for (const word of words) ends.push(ends.at(-1)! + word.mm);
  const span = (from: number, to: number) => ends[to + 1]! - ends[from]! + (to - from) * spaceMm;
  let best: { breaks: number[]; rank: number } | undefined;
  const walk = (from: number, breaks: number[], widths: number[]) => {
    const left = lines - widths.length;
    const last = left === 1 ? words.length - 1 : words.length - left;
    for (let to = left === 1 ? last : from; to <= last; to++) {
      const width = span(from, to);
      if (width > widthMm) return;
      if (left > 1) walk(to + 1, [...breaks, to], [...widths, width]);
      else {
        const rank = rankBreaks(breaks, [...widths, width], words);
        if (!best || rank < best.rank) best = { breaks, rank };
      }
    }
  };
  walk(0, [], []);
  return best?.breaks;
}

/** How bad a way to break is: the longest line less phrase bonuses, and any uneven way after every even one. */
function rankBreaks(breaks: readonly number[], widths: readonly number[], words: readonly Word[]): number {
  const longest = Math.max(...widths);
  const uneven = Math.min(...widths) < shortestShare * longest;
  const falling = widths.every((w, i) => i === 0 || w <= widths[i - 1]!);
  const phrases = breaks.filter((b) => words[b]!.phrase).length;
  return (uneven ? unevenMm : 0) + longest - phraseBonusMm * phrases + (falling ? 0 : risingMm);
}
