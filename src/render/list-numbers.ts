import type { Block, List } from '../model/schema.js';
import { layout, styles, toParagraphSpec } from '../model/styles.js';
import { mmToPt } from '../model/units.js';

/**
 * List numbering rules shared by both renderers, so that Word's numbering and the numbers the PDF renderer writes
 * itself agree: which lists are outlines, what a nested list continues, which number an item gets, how wide a
 * hanging marker column is.
 */

/** An item of an outline list: its counts ([1, 2] for «1.2.») and its blocks, where a nested list finds itself. */
export type OutlineItem = { readonly counts: readonly number[]; readonly blocks: readonly Block[] };

/** Whether a list numbers its items as clauses 1., 1.1., 1.1.1. (`outline` counts for ordered lists only). */
export function isOutline(list: List): boolean {
  return list.ordered && list.outline === true;
}

/**
 * Whether a list inside an item of an outline list continues that outline one level deeper: every ordered list
 * does («1.2.» under «1.»), whether or not it says `outline` itself; bullet lists are lists of their own.
 */
export function continuesOutline(block: Block): block is List {
  return block.type === 'list' && block.ordered && block.marker !== 'paren';
}

/**
 * The outline counts of each item, or undefined for a list that is not part of an outline. A list that continues
 * the outline of `parent` counts on from the ordered lists before it in that item, as in Word, where all levels of
 * an outline are one list: 1 + their items.
 */
export function toItemCounts(list: List, parent: OutlineItem | undefined): number[][] | undefined {
  if (parent && continuesOutline(list)) {
    const before = parent.blocks.slice(0, Math.max(parent.blocks.indexOf(list), 0));
    const start = before.reduce((sum, b) => sum + (continuesOutline(b) ? b.items.length : 0), 1);
    return list.items.map((_, i) => [...parent.counts, start + i]);
  }
  return isOutline(list) ? list.items.map((_, i) => [i + 1]) : undefined;
}

/** The items' markers: «1.2.1.» in an outline, «1.» or «1)» in an ordered list, the dash of official documents. */
export function toMarkers(list: List, counts: readonly (readonly number[])[] | undefined): string[] {
  return list.items.map((_, i) => {
    const own = counts?.[i];
    if (own) return toOutlineNumber(own);
    if (!list.ordered) return layout.bullet;
    return list.marker === 'paren' ? `${i + 1})` : `${i + 1}.`;
  });
}

/** An outline number from the counts of the item and its parents: [1, 2, 1] → «1.2.1.». */
export function toOutlineNumber(counts: readonly number[]): string {
  return counts.map((count) => `${count}.`).join('');
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
 * regular and bold alike): digits 0.5, the full stop 0.25, «)» 0.333. Anything else is taken as wide as a digit.
 */
const glyphEm: Readonly<Record<string, number>> = { '.': 0.25, ')': 0.333 };
const digitEm = 0.5;
/** The least gap between a hanging marker and the item text. */
const markerGapMm = 2;

/** The width of a list number set in `sizePt`, in mm. */
export function measureNumberMm(text: string, sizePt: number): number {
  const em = [...text].reduce((sum, ch) => sum + (glyphEm[ch] ?? digitEm), 0);
  return (em * sizePt) / mmToPt(1);
}

/**
 * The width of a marker column for one marker, in mm: layout.listHangingMm, or wider when the number needs it
 * («1.2.3.» is 11 mm in 14 pt), in whole millimetres so that the levels line up on round numbers.
 */
function toMarkerWidthMm(marker: string, sizePt: number): number {
  return Math.max(layout.listHangingMm, Math.ceil(measureNumberMm(marker, sizePt) + markerGapMm));
}

/** The marker column of an outline level, sized for one-digit counts («1.1.» at level 1) in body text. */
export function toOutlineMarkerWidthMm(level: number): number {
  return toMarkerWidthMm(toOutlineNumber(Array.from({ length: level + 1 }, () => 1)), styles.body.sizePt);
}

/**
 * The marker column of a hanging list, in mm: as wide as its level's in Word's numbering definition (layout, or
 * the outline level's), wider when a marker needs it («10.», «1.10.»), each measured in its item's first style.
 */
export function toMarkerColumnMm(list: List, markers: readonly string[], level: number | undefined): number {
  const least = level === undefined ? layout.listHangingMm : toOutlineMarkerWidthMm(level);
  const needed = markers.map((marker, i) => {
    const first = list.items[i]?.children[0];
    return toMarkerWidthMm(
      marker,
      (first?.type === 'paragraph' ? toParagraphSpec(first) : styles.body).sizePt,
    );
  });
  return Math.max(least, ...needed);
}
