import type { Block, List } from '../model/schema.js';
import { layout, styles } from '../model/styles.js';
import { mmToPt } from '../model/units.js';

/**
 * List numbering rules shared by both renderers, so that Word's numbering and the numbers the PDF renderer writes
 * itself agree: which lists are outlines, what a nested list continues, how wide a hanging marker is.
 */

/** Whether a list numbers its items as clauses 1., 1.1., 1.1.1. (`outline` counts for ordered lists only). */
export function isOutline(list: List): boolean {
  return list.ordered && list.outline === true;
}

/**
 * Whether a block inside an item of an outline list continues that outline one level deeper: every ordered list
 * does («1.2.» under «1.»), whether or not it says `outline` itself; bullet lists are lists of their own.
 */
export function continuesOutline(block: Block): block is List {
  return block.type === 'list' && block.ordered;
}

/** An outline number from the counts of the item and its parents: [1, 2, 1] → «1.2.1.». */
export function toOutlineNumber(counts: readonly number[]): string {
  return counts.map((count) => `${count}.`).join('');
}

/**
 * The first count of a list that continues an outline. As in Word, where all levels of an outline are one list,
 * a second ordered list in the same item goes on from the first: 1 + the items of the ordered lists before it.
 */
export function toOutlineStart(list: List, siblings: readonly Block[]): number {
  const before = siblings.slice(0, Math.max(siblings.indexOf(list), 0));
  return before.reduce((sum, block) => sum + (continuesOutline(block) ? block.items.length : 0), 1);
}

/**
 * The inline flag of each level of an outline: this list's own, then that of the first ordered list nested in
 * its items, and so on down. Word keeps inline (space after the number) or hanging (tab) per level of a numbering
 * definition, and all levels of an outline share one definition.
 */
export function toOutlineInlineLevels(list: List): boolean[] {
  const nested = list.items.flatMap((item) => item.children.filter(continuesOutline))[0];
  return [list.inline === true, ...(nested ? toOutlineInlineLevels(nested) : [])];
}

/**
 * Advance widths, in em, of the glyphs of list numbers in Times New Roman and Liberation Serif (metric-compatible,
 * regular and bold alike): digits 0.5, the full stop 0.25. Anything else is taken as wide as a digit.
 */
const glyphEm: Readonly<Record<string, number>> = { '.': 0.25 };
const digitEm = 0.5;
/** The least gap between a hanging marker and the item text. */
const markerGapMm = 2;

/** The width of a list number set in `sizePt`, in mm. */
export function measureNumberMm(text: string, sizePt: number): number {
  const em = [...text].reduce((sum, ch) => sum + (glyphEm[ch] ?? digitEm), 0);
  return (em * sizePt) / mmToPt(1);
}

/**
 * The width of a hanging marker column, in mm: layout.listHangingMm, or wider when the number needs it
 * («1.2.3.» is 11 mm in 14 pt), in whole millimetres so that the levels line up on round numbers.
 */
export function toMarkerWidthMm(marker: string, sizePt: number = styles.body.sizePt): number {
  return Math.max(layout.listHangingMm, Math.ceil(measureNumberMm(marker, sizePt) + markerGapMm));
}

/** The marker column of an outline level, sized for one-digit counts («1.1.» at level 1) in body text. */
export function toOutlineMarkerWidthMm(level: number): number {
  return toMarkerWidthMm(toOutlineNumber(Array.from({ length: level + 1 }, () => 1)));
}
