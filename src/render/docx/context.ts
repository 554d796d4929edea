import type { NumberingDefinition } from 'docx';
import type { Align } from '../../model/schema.js';
import type { OutlineItem } from '../list-numbers.js';
import type { RawRowStore } from './raw-rows.js';

/** Where a paragraph sits in a list: its Word list and level, and where the item's text stands. */
export type ListPlacement = {
  /** The numbering definition: a reference of the document's numbering part, or an outline's definition. */
  readonly reference: string | NumberingDefinition;
  /** The Word list (w:num) of the definition; all levels of one outline are one instance. */
  readonly instance: number;
  readonly level: number;
  /** An item of an outline: an ordered list nested in it continues the outline one level deeper. */
  readonly item: OutlineItem | undefined;
  /** The first paragraph of an item carries the number or bullet; the ones after it only its indent. */
  readonly numbered: boolean;
  /** Where the list stands, from the left edge of the text (section or cell), in mm. */
  readonly edgeMm: number;
  /** Hanging lists: the marker column's width, the item text starts this far right of the edge; inline lists: none. */
  readonly hangingMm: number | undefined;
  /** Inside the text of a hanging item (at any depth): paragraphs there have no first-line indent. */
  readonly plain: boolean;
};

/**
 * What a block needs to know about where it is rendered. Passed down, never changed in place:
 * each container makes a new context for its children.
 */
export type DocxContext = {
  /** Width available to the block (section text width, or a cell's width inside its padding). */
  readonly textWidthMm: number;
  /** Height of the section's text area: a table row taller than this may break across pages. */
  readonly pageTextHeightMm: number;
  /** A cell's alignment, which takes the place of the paragraph style's. */
  readonly align?: Align | undefined;
  /** A table row kept with the next one: every paragraph in it keeps with the next. */
  readonly keepNext?: boolean | undefined;
  readonly list?: ListPlacement | undefined;
  /** Gives each list of the document its own Word list instance, so each one counts from 1. */
  readonly nextListInstance: () => number;
  /** Where table rows go that are written as XML directly (raw-rows.ts); without it every row is a docx object. */
  readonly rawRows?: RawRowStore | undefined;
};

/** Makes the context of a section body; the list counter is shared by the whole document. */
export function createDocxContext(
  textWidthMm: number,
  pageTextHeightMm: number,
  nextListInstance: () => number,
  rawRows?: RawRowStore,
): DocxContext {
  return { textWidthMm, pageTextHeightMm, nextListInstance, rawRows };
}

/** Makes a counter 1, 2, 3… local to one rendering, so toDocx stays deterministic. */
export function createCounter(): () => number {
  let last = 0;
  return () => {
    last += 1;
    return last;
  };
}
