import type { ContentColumns, ContentStack } from 'pdfmake/interfaces.js';
import type { Block, List, ListItem, StyleName } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import type { ToBlocks } from './blocks.js';
import { type BlockContext, toChildContext } from './context.js';

/**
 * A list as a stack of two-column items, the geometry of a Word hanging indent: the marker in a column
 * layout.listHangingMm wide, the item's blocks in the rest. A list at level L puts its marker at
 * L × layout.listIndentMm from the enclosing text edge: nested lists sit inside the item's text column, which
 * already starts listHangingMm further right, so they are shifted by the difference only.
 * Ordered lists number 1., 2., … on every level (a nested list starts again at 1).
 */
export function toPdfList(list: List, ctx: BlockContext, toBlocks: ToBlocks, leadId?: string): ContentStack {
  const shiftMm = ctx.inList ? layout.listIndentMm - layout.listHangingMm : 0;
  const itemCtx = toChildContext(ctx, 'list', { widthMm: ctx.widthMm - shiftMm });
  return {
    stack: list.items.map((item, i) =>
      toPdfListItem(
        item,
        toMarker(list, i),
        toChildContext(itemCtx, i),
        toBlocks,
        i === 0 ? leadId : undefined,
      ),
    ),
    ...(shiftMm !== 0 && { margin: [mmToPt(shiftMm), 0, 0, 0] }),
  };
}

function toMarker(list: List, index: number): string {
  return list.ordered ? `${index + 1}.` : layout.bullet;
}

/** The marker is the item's first text leaf, so it carries the lead id (keep.ts). */
function toPdfListItem(
  item: ListItem,
  marker: string,
  ctx: BlockContext,
  toBlocks: ToBlocks,
  leadId: string | undefined,
): ContentColumns {
  const textCtx = { ...ctx, inList: true, widthMm: ctx.widthMm - layout.listHangingMm };
  const style = toMarkerStyle(item.children);
  return {
    columns: [
      // The marker takes the style of the item's first paragraph, margins included, so it sits on its first line.
      {
        width: mmToPt(layout.listHangingMm),
        text: marker,
        alignment: 'left',
        leadingIndent: 0,
        ...(style && { style }),
        ...(leadId !== undefined && { id: leadId }),
      },
      { width: '*', stack: toBlocks(item.children, textCtx) },
    ],
    columnGap: 0,
  };
}

function toMarkerStyle(blocks: readonly Block[]): StyleName | undefined {
  const first = blocks[0];
  return first?.type === 'paragraph' ? first.style : undefined;
}
