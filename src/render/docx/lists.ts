import type { IParagraphOptions } from 'docx';
import type { List, ListItem, Paragraph as ParagraphNode, StyleName } from '../../model/schema.js';
import { layout, styles } from '../../model/styles.js';
import { mmToTwip } from '../../model/units.js';
import {
  continuesOutline,
  isOutline,
  toItemCounts,
  toMarkerColumnMm,
  toMarkers,
  toOutlineInlineLevels,
} from '../list-numbers.js';
import { type DocxBlock, toDocxBlocks, toDocxParagraph } from './blocks.js';
import type { DocxContext, ListPlacement } from './context.js';
import { maxLevel, toGenericReference, toOutlineDefinition } from './numbering.js';

/**
 * Numbering and indent of a paragraph in a list item. The indent is always written on the paragraph: it wins over
 * both the numbering level's indent and the paragraph style's first-line indent, which would otherwise compete.
 * `custom` keeps our paragraph style instead of docx's implicit «List Paragraph». A hanging item has no widow
 * control: the PDF lays its marker and text out side by side (pdf/list.ts), and breaks the text line by line.
 */
export function toListParagraphOptions(
  placement: ListPlacement,
  style: StyleName,
): Pick<IParagraphOptions, 'numbering' | 'indent' | 'widowControl'> {
  const indent = toItemIndent(placement, style);
  const widows = placement.hangingMm === undefined ? {} : { widowControl: false };
  if (!placement.numbered) return { indent, ...widows };
  const { reference, level, instance } = placement;
  return { numbering: { reference, level, instance, custom: true }, indent, ...widows };
}

/**
 * Hanging: the marker at the list's edge, the text (and every line and paragraph of the item) a marker column
 * further right. Inline: the number, or the first line of a later paragraph, at the paragraph style's own
 * first-line indent, the lines after it back at the list's edge (GOST R 7.0.97 clauses).
 */
function toItemIndent(placement: ListPlacement, style: StyleName): NonNullable<IParagraphOptions['indent']> {
  const { edgeMm, hangingMm, plain } = placement;
  if (hangingMm === undefined) {
    return { left: mmToTwip(edgeMm), firstLine: plain ? 0 : mmToTwip(styles[style].firstLineMm) };
  }
  const left = mmToTwip(edgeMm + hangingMm);
  return placement.numbered ? { left, hanging: mmToTwip(hangingMm) } : { left, firstLine: 0 };
}

/** A list as the paragraphs of its items, each item's first one numbered. */
export function toDocxList(list: List, context: DocxContext): DocxBlock[] {
  const counts = toItemCounts(list, context.list?.item);
  const placement = toListPlacement(list, context, counts);
  return list.items.flatMap((item, i) => {
    const own = counts?.[i];
    const outlineItem = own && { counts: own, blocks: item.children };
    return toDocxListItem(item, context, { ...placement, item: outlineItem });
  });
}

type ItemPlacement = Omit<ListPlacement, 'numbered'>;

/**
 * Where a list goes in Word's numbering:
 * - an ordered list in an item of an outline continues it: the same definition and instance, one level deeper,
 *   so Word numbers 1., 1.1., 1.2., 2., 2.1. on and renumbers when a clause is inserted;
 * - any other outline list is a new instance of an outline definition, restarting at 1;
 * - any other list is a new instance of a generic definition, one level deeper than the list it is in.
 * A nested list stands at the text of a hanging item (shifted as layout says), or at the edge of an inline one.
 * A hanging marker column is as wide as the PDF renderer's (list-numbers.ts).
 */
function toListPlacement(
  list: List,
  context: DocxContext,
  counts: readonly (readonly number[])[] | undefined,
): Omit<ItemPlacement, 'item'> {
  const parent = context.list;
  const level = counts?.[0] === undefined ? undefined : counts[0].length - 1;
  const place = {
    edgeMm: parent ? toTextEdgeMm(parent) : 0,
    plain: parent !== undefined && (parent.plain || parent.hangingMm !== undefined),
    hangingMm: list.inline === true ? undefined : toMarkerColumnMm(list, toMarkers(list, counts), level),
  };
  if (parent?.item && continuesOutline(list)) {
    const { reference, instance } = parent;
    return { ...place, reference, instance, level: Math.min(parent.level + 1, maxLevel) };
  }
  const instance = context.nextListInstance();
  if (isOutline(list)) {
    return { ...place, reference: toOutlineDefinition(toOutlineInlineLevels(list)), instance, level: 0 };
  }
  return {
    ...place,
    reference: toGenericReference(list.ordered, list.inline === true, list.marker === 'paren'),
    instance,
    level: parent ? Math.min(parent.level + 1, maxLevel) : 0,
  };
}

/** Where a list nested in an item of `parent` stands. */
function toTextEdgeMm(parent: ListPlacement): number {
  if (parent.hangingMm === undefined) return parent.edgeMm;
  return parent.edgeMm + parent.hangingMm + layout.listIndentMm - layout.listHangingMm;
}

const emptyParagraph: ParagraphNode = { type: 'paragraph', style: 'bodyPlain', children: [] };

/** The item's first paragraph carries the number; an item that starts with another block gets an empty one. */
function toDocxListItem(item: ListItem, context: DocxContext, placement: ItemPlacement): DocxBlock[] {
  const first = item.children[0];
  const head = first?.type === 'paragraph' ? first : emptyParagraph;
  const rest = first?.type === 'paragraph' ? item.children.slice(1) : item.children;
  return [
    toDocxParagraph(head, { ...context, list: { ...placement, numbered: true } }),
    ...toDocxBlocks(rest, { ...context, list: { ...placement, numbered: false } }),
  ];
}
