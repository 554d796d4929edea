import type { Align } from '../../model/schema.js';
import type { OutlineItem } from '../list-numbers.js';

/** What a block needs to know about where it is placed; passed down, never stored. */
export type BlockContext = {
  /** Width available to the block, in mm (the text width of the page, a list item, a table cell). */
  readonly widthMm: number;
  /** Height of the page's text area, in mm (rows taller than it are let to break, see table.ts). */
  readonly pageTextHeightMm: number;
  /** Inside the text column of a hanging list item: paragraphs drop their first-line indent. */
  readonly inList: boolean;
  /** Inside an item of an outline list: an ordered list here continues the outline (list.ts). */
  readonly outline: OutlineItem | undefined;
  /** Inside a table cell: page breaks are ignored, keepNext is left to the row. */
  readonly inTable: boolean;
  /** Alignment given by the enclosing table cell. */
  readonly align: Align | undefined;
  /** A stable address of the block in the document ("s0.3.r2.c1.0"), used to build node ids. */
  readonly path: string;
  /**
   * Inside the last item of a section-level list whose last paragraph keeps with the block after the list (the
   * control clause of an order with the signature): the keep id that paragraph carries (blocks.ts, keep.ts).
   */
  readonly keepTail?: string | undefined;
};

/** The context of a child block: the same place, one step deeper in the path, with `changes` applied. */
export function toChildContext(
  ctx: BlockContext,
  step: string | number,
  changes?: Partial<BlockContext>,
): BlockContext {
  return { ...ctx, ...changes, path: `${ctx.path}.${step}` };
}
