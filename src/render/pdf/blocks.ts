import type { Content } from 'pdfmake/interfaces.js';
import type { Block, Paragraph } from '../../model/schema.js';
import { styles } from '../../model/styles.js';
import { toPdfContents } from './contents.js';
import { type BlockContext, toChildContext } from './context.js';
import { toKeepId, toLeadId, toLeadKeepId } from './keep.js';
import { toPdfList } from './list.js';
import { toPdfParagraph } from './paragraph.js';
import { isKeptWithNext } from './styles.js';
import { toPdfTable } from './table.js';

/** Blocks as pdfmake nodes; `leadId` goes on the first text leaf of the first block (keep.ts). */
export type ToBlocks = (blocks: readonly Block[], ctx: BlockContext, leadId?: string) => Content[];

/**
 * Blocks in order. A section-level paragraph with keepNext (its own or its style's) followed by another block is
 * marked for the pageBreakBefore hook, and the next block's first leaf gets the id it looks for (keep.ts).
 * Inside lists and table cells keepNext is ignored: there pdfmake could only break inside the item or the row.
 */
export function toPdfBlocks(blocks: readonly Block[], ctx: BlockContext, leadId?: string): Content[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    // Only the last block of the last item carries on the list's keep with the block after it.
    const tail = next === undefined ? ctx.keepTail : undefined;
    const childCtx = toChildContext(ctx, i, {
      keepTail: tailKeeps(block, next, ctx) ? toKeepId(`${ctx.path}.${i}`) : tail,
    });
    const previous = blocks[i - 1];
    const kept = previous && (keepsNext(previous, block, ctx) || tailKeeps(previous, block, ctx));
    const lead = i === 0 ? leadId : kept ? toLeadId(childCtx.path) : undefined;
    const own = toLeadId(childCtx.path);
    const node =
      block.type === 'paragraph' && keepsNext(block, next, ctx)
        ? toPdfParagraph(block, childCtx, {
            leadId: lead === undefined || lead === own ? own : toLeadKeepId(lead, childCtx.path),
            keepNext: true,
          })
        : block.type === 'paragraph' && tail !== undefined && block.keepNext === true && lead === undefined
          ? toPdfParagraph(block, childCtx, { leadId: tail, keepNext: true })
          : toPdfBlock(block, childCtx, lead);
    return collapseSpacing(node, previous, block);
  });
}

/**
 * Whether a section-level list keeps with the block after it: its last item ends with a paragraph marked keepNext
 * (an order's control clause, kept with the signature). That paragraph carries the list's keep id (`keepTail`),
 * which keep.ts reads as «keep with the block after the list»; pdfmake moves only that paragraph.
 */
function tailKeeps(block: Block, next: Block | undefined, ctx: BlockContext): boolean {
  if (block.type !== 'list' || ctx.inTable || ctx.inList || ctx.keepTail !== undefined) return false;
  if (next === undefined || next.type === 'pageBreak') return false;
  return lastParagraphOf(block)?.keepNext === true;
}

function lastParagraphOf(block: Block): Paragraph | undefined {
  if (block.type === 'paragraph') return block;
  if (block.type !== 'list') return undefined;
  const last = block.items.at(-1)?.children.at(-1);
  return last && lastParagraphOf(last);
}

/**
 * The space between two paragraphs is the larger of the first one's space after and the second one's space
 * before, not their sum — as LibreOffice lays out a DOCX (and Word with its default compatibility settings).
 * A list's first paragraph counts too (a regulation's first section heading under the title).
 */
function collapseSpacing(node: Content, previous: Block | undefined, block: Block): Content {
  const last = previous && lastParagraph(previous);
  const first = firstParagraph(block);
  if (!last || !first) return node;
  const overlap = Math.min(styles[last.style].spaceAfterPt, styles[first.style].spaceBeforePt);
  if (overlap === 0) return node;
  if (block.type === 'paragraph') {
    const spec = styles[block.style];
    return {
      ...(node as object),
      margin: [0, spec.spaceBeforePt - overlap, 0, spec.spaceAfterPt],
    } as Content;
  }
  return { ...(node as object), margin: [0, -overlap, 0, 0] } as Content;
}

function firstParagraph(block: Block): Paragraph | undefined {
  if (block.type === 'paragraph') return block;
  if (block.type === 'list') return block.items[0]?.children[0] && firstParagraph(block.items[0].children[0]);
  return undefined;
}

function lastParagraph(block: Block): Paragraph | undefined {
  return block.type === 'paragraph' ? block : undefined;
}

function keepsNext(block: Block, next: Block | undefined, ctx: BlockContext): boolean {
  if (block.type !== 'paragraph' || ctx.inTable || ctx.inList) return false;
  if (next === undefined || next.type === 'pageBreak') return false;
  return block.keepNext ?? isKeptWithNext(block.style);
}

/** One block as one pdfmake node. */
export function toPdfBlock(block: Block, ctx: BlockContext, leadId?: string): Content {
  switch (block.type) {
    case 'paragraph':
      return toPdfParagraph(block, ctx, { leadId });
    case 'list':
      return toPdfList(block, ctx, toPdfBlocks, leadId);
    case 'table':
      return toPdfTable(block, ctx, toPdfBlocks, leadId);
    case 'pageBreak':
      // An empty stack takes no height: a break at the very bottom of a page does not add a blank page.
      // Inside a table cell a break is dropped: pdfmake would lose an unbreakable row holding one.
      return ctx.inTable ? { stack: [] } : { stack: [], pageBreak: 'after' };
    case 'contents':
      return toPdfContents(block, ctx.widthMm);
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}
