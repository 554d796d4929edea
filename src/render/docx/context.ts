import type { Align } from '../../model/schema.js';

/** Where a paragraph sits in a list: the Word list (reference + instance) and its level. */
export type ListPlacement = {
  readonly reference: string;
  readonly instance: number;
  readonly level: number;
  /** The first paragraph of an item carries the number or bullet; the ones after it only its indent. */
  readonly numbered: boolean;
};

/**
 * What a block needs to know about where it is rendered. Passed down, never changed in place:
 * each container makes a new context for its children.
 */
export type DocxContext = {
  /** Width available to the block (section text width, or a cell's width inside its padding). */
  readonly textWidthMm: number;
  /** A cell's alignment, which takes the place of the paragraph style's. */
  readonly align?: Align | undefined;
  /** A table row kept with the next one: every paragraph in it keeps with the next. */
  readonly keepNext?: boolean | undefined;
  readonly list?: ListPlacement | undefined;
  /** Gives each list of the document its own Word list instance, so each one counts from 1. */
  readonly nextListInstance: () => number;
};

/** Makes the context of a section body; the list counter is shared by the whole document. */
export function createDocxContext(textWidthMm: number, nextListInstance: () => number): DocxContext {
  return { textWidthMm, nextListInstance };
}

/** Makes a counter 1, 2, 3… local to one rendering, so toDocx stays deterministic. */
export function createCounter(): () => number {
  let last = 0;
  return () => {
    last += 1;
    return last;
  };
}
