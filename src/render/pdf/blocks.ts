import type { Content } from 'pdfmake/interfaces.js';
import type { Block } from '../../model/schema.js';
import { type BlockContext, toChildContext } from './context.js';
import { keepNextLevel } from './keep.js';
import { toPdfList } from './list.js';
import { toPdfParagraph } from './paragraph.js';
import { isKeptWithNext } from './styles.js';
import { toPdfTable } from './table.js';

/**
 * Blocks in order. A section-level paragraph with keepNext (its own or its style's) followed by another block is
 * marked for the pageBreakBefore hook (keep.ts). Inside table cells keepNext is the row's business and page
 * breaks are ignored: a break inside an unbreakable row would make pdfmake drop the row.
 */
export function toPdfBlocks(blocks: readonly Block[], ctx: BlockContext): Content[] {
  return blocks.map((block, i) => {
    const childCtx = toChildContext(ctx, i);
    const next = blocks[i + 1];
    if (
      block.type !== 'paragraph' ||
      ctx.inTable ||
      ctx.inList ||
      next === undefined ||
      next.type === 'pageBreak'
    ) {
      return toPdfBlock(block, childCtx);
    }
    const keepsNext = block.keepNext ?? isKeptWithNext(block.style);
    return toPdfParagraph(block, childCtx, keepsNext ? keepNextLevel : undefined);
  });
}

/** One block as one pdfmake node. */
export function toPdfBlock(block: Block, ctx: BlockContext): Content {
  switch (block.type) {
    case 'paragraph':
      return toPdfParagraph(block, ctx);
    case 'list':
      return toPdfList(block, ctx, toPdfBlocks);
    case 'table':
      return toPdfTable(block, ctx, toPdfBlocks);
    case 'pageBreak':
      // An empty stack takes no height, so a break at the very bottom of a page does not add a blank page.
      return ctx.inTable ? { stack: [] } : { stack: [], pageBreak: 'after' };
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}
