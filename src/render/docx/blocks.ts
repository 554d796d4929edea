import { type IParagraphOptions, PageBreak, Paragraph, type Table, TabStopType } from 'docx';
import type { Block, Paragraph as ParagraphNode } from '../../model/schema.js';
import { mmToTwip } from '../../model/units.js';
import { toSetInlines } from '../hyphenated.js';
import { toDocxContents } from './contents.js';
import type { DocxContext } from './context.js';
import { hasTab, toDocxInlines } from './inlines.js';
import { toDocxList, toListParagraphOptions } from './lists.js';
import { storeRawParagraph } from './raw-paragraphs.js';
import { type RawNumbering, writeRawParagraph } from './raw-rows.js';
import { toDocxAlignment, toStyleId } from './styles.js';
import { toDocxTable } from './table.js';

export type DocxBlock = Paragraph | Table;

/**
 * Blocks as Word body content. A page break right before a paragraph becomes that paragraph's «page break before»,
 * so the new page does not start with an empty line.
 */
export function toDocxBlocks(blocks: readonly Block[], context: DocxContext): DocxBlock[] {
  return blocks.flatMap((block, index) => {
    if (block.type === 'pageBreak' && blocks[index + 1]?.type === 'paragraph') {
      return [];
    }
    return toDocxBlock(block, context, blocks[index - 1]?.type === 'pageBreak');
  });
}

/** One block; lists give several paragraphs. */
export function toDocxBlock(block: Block, context: DocxContext, breakBefore = false): DocxBlock[] {
  switch (block.type) {
    case 'paragraph':
      return [toDocxParagraph(block, context, breakBefore)];
    case 'list':
      return toDocxList(block, context);
    case 'table':
      return [toDocxTable(block, context)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'contents':
      return toDocxContents(block, context);
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}

/** What a paragraph writes besides its runs: plain options, shared by docx's Paragraph and the fast row path. */
export type ParagraphOptions = Omit<IParagraphOptions, 'children'>;

/**
 * A paragraph in its named style. Only what differs from the style is written directly: the alignment of the
 * paragraph or its cell, keep-with-next, the list numbering, and a right tab stop at the text width when it has a
 * tab («Директор<tab>Г.В. Алейкина» puts the name flush right).
 */
export function toParagraphOptions(
  node: ParagraphNode,
  context: DocxContext,
  breakBefore = false,
): ParagraphOptions {
  const align = node.align ?? context.align;
  const keepNext = node.keepNext === true || context.keepNext === true;
  return {
    style: toStyleId(node.style, node.sizePt),
    ...(align ? { alignment: toDocxAlignment(align) } : {}),
    ...(keepNext ? { keepNext: true } : {}),
    // A paragraph of its own kept with the next (a clause ending with «:») is kept whole, as the PDF keeps it and as
    // LibreOffice moves it: Word alone would part it, its last lines with the next paragraph.
    ...(node.keepNext === true ? { keepLines: true } : {}),
    ...(breakBefore ? { pageBreakBefore: true } : {}),
    ...(hasTab(node.children)
      ? { tabStops: [{ type: TabStopType.RIGHT, position: mmToTwip(context.textWidthMm) }] }
      : {}),
    ...(context.list ? toListParagraphOptions(context.list, node.style) : {}),
  };
}

export function toDocxParagraph(node: ParagraphNode, context: DocxContext, breakBefore = false): Paragraph {
  const options = toParagraphOptions(node, context, breakBefore);
  const inlines = toSetInlines(node);
  const build = () => new Paragraph({ ...options, children: toDocxInlines(inlines) });
  if (context.rawRows) {
    const numbered: RawNumbering[] = [];
    const xml = writeRawParagraph({ options, inlines }, numbered);
    if (xml !== undefined) return storeRawParagraph(context.rawRows, xml, numbered, build);
  }
  return build();
}
