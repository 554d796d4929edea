import type { ContentColumns, ContentStack } from 'pdfmake/interfaces.js';
import type { Block, List, ListItem, Paragraph } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { toItemCounts, toMarkerColumnMm, toMarkers } from '../list-numbers.js';
import type { ToBlocks } from './blocks.js';
import { type BlockContext, toChildContext } from './context.js';
import { toPdfStyle } from './styles.js';

/**
 * A list as a stack of items. A hanging item is two columns, the geometry of a Word hanging indent: the marker in
 * a column at least layout.listHangingMm wide (wider when a number needs it), the item's blocks in the rest.
 * A list at level L puts its marker at L × layout.listIndentMm from the enclosing text edge: nested lists sit
 * inside the item's text column, which already starts a marker column further right, so they are shifted by
 * the difference only. An inline item is its blocks, the number written at the start of the first paragraph.
 * Ordered lists number 1., 2., … on every level (a nested list starts again at 1); outline lists and the ordered
 * lists nested in their items number 1., 1.1., 1.1.1., as Word does with the numbering of lists.ts.
 */
export function toPdfList(list: List, ctx: BlockContext, toBlocks: ToBlocks, leadId?: string): ContentStack {
  const shiftMm = ctx.inList ? layout.listIndentMm - layout.listHangingMm : 0;
  const listCtx = toChildContext(ctx, 'list', { widthMm: ctx.widthMm - shiftMm });
  const counts = toItemCounts(list, ctx.outline);
  const markers = toMarkers(list, counts);
  const level = counts?.[0] === undefined ? undefined : counts[0].length - 1;
  const markerMm = toMarkerColumnMm(list, markers, level);
  return {
    stack: list.items.map((item, i) => {
      const outline = counts?.[i] && { counts: counts[i], blocks: item.children };
      const keepTail = i === list.items.length - 1 ? listCtx.keepTail : undefined;
      const itemCtx = toChildContext(listCtx, i, { outline, keepTail });
      const lead = i === 0 ? leadId : undefined;
      return list.inline === true
        ? toInlineItem(item, markers[i] ?? '', itemCtx, toBlocks, lead)
        : toHangingItem(item, { text: markers[i] ?? '', widthMm: markerMm }, itemCtx, toBlocks, lead);
    }),
    ...(shiftMm !== 0 && { margin: [mmToPt(shiftMm), 0, 0, 0] }),
  };
}

type Marker = { readonly text: string; readonly widthMm: number };

/** The marker is the item's first text leaf, so it carries the lead id (keep.ts). */
function toHangingItem(
  item: ListItem,
  marker: Marker,
  ctx: BlockContext,
  toBlocks: ToBlocks,
  leadId: string | undefined,
): ContentColumns {
  const textCtx = { ...ctx, inList: true, widthMm: ctx.widthMm - marker.widthMm };
  const first = item.children[0];
  return {
    columns: [
      // The marker takes the style of the item's first paragraph, margins included, so it sits on its first line.
      {
        ...(first?.type === 'paragraph' && toPdfStyle(first.style, first.sizePt)),
        width: mmToPt(marker.widthMm),
        text: marker.text,
        alignment: 'left',
        leadingIndent: 0,
        ...(leadId !== undefined && { id: leadId }),
      },
      { width: mmToPt(textCtx.widthMm), stack: toBlocks(item.children, textCtx) },
    ],
    columnGap: 0,
  };
}

const emptyParagraph: Paragraph = { type: 'paragraph', style: 'bodyPlain', children: [] };

/**
 * An inline item: its blocks as they are, in their own styles (first-line indent, alignment), the number written
 * before the text of the first paragraph. An item that starts with another block gets a paragraph of its own, as
 * in Word.
 */
function toInlineItem(
  item: ListItem,
  marker: string,
  ctx: BlockContext,
  toBlocks: ToBlocks,
  leadId: string | undefined,
): ContentStack {
  const [first, ...rest] = item.children;
  const blocks: Block[] =
    first?.type === 'paragraph'
      ? [toNumbered(first, marker), ...rest]
      : [toNumbered(emptyParagraph, marker), ...item.children];
  return { stack: toBlocks(blocks, ctx, leadId) };
}

/**
 * The paragraph with its number and a no-break space in front, so the number never ends a line alone. Set in the
 * paragraph's own formatting, as Word sets a number: joined to the first run when that run has no formatting of
 * its own (one word for pdfmake, so justification does not stretch the gap after the number), else a run before it.
 */
function toNumbered(paragraph: Paragraph, marker: string): Paragraph {
  const number = `${marker}\u00a0`;
  const [first, ...rest] = paragraph.children;
  const plain =
    first?.type === 'text' &&
    first.bold === undefined &&
    first.italic === undefined &&
    first.underline === undefined;
  const children: Paragraph['children'] = plain
    ? [{ ...first, value: number + first.value }, ...rest]
    : [{ type: 'text', value: number }, ...paragraph.children];
  return { ...paragraph, children };
}
