import { typographText } from '../language/typography.js';
import type { NumberedItem, TextBlock } from '../plan/schema/blocks.js';

/** Text blocks ready for a template: exactly one of the flags is set. */
export type BlockView =
  | { readonly heading: string }
  | {
      readonly paragraph: string;
      readonly align: string | null;
      /** Aligned left, centred or right: a line of its own, with no first-line indent to push it off its place. */
      readonly flush: boolean;
    }
  | { readonly list: readonly string[] }
  | { readonly numbered: readonly NumberedView[] };
export type NumberedView = {
  readonly text: string;
  readonly list: readonly string[] | null;
  readonly numbered: readonly NumberedView[] | null;
};

export function toBlockViews(blocks: readonly TextBlock[] | undefined): BlockView[] {
  return (blocks ?? []).map(toBlockView);
}

function toBlockView(block: TextBlock): BlockView {
  if ('heading' in block) return { heading: typographText(block.heading) };
  if ('paragraph' in block) {
    const align = block.align ?? null;
    return { paragraph: typographText(block.paragraph), align, flush: align !== null && align !== 'justify' };
  }
  if ('list' in block) return { list: block.list.map(typographText) };
  return { numbered: block.numbered.map(toNumberedView) };
}

function toNumberedView(item: NumberedItem): NumberedView {
  if (typeof item === 'string') return { text: typographText(item), list: null, numbered: null };
  return {
    text: typographText(item.text),
    list: item.list ? item.list.map(typographText) : null,
    numbered: item.numbered ? item.numbered.map(toNumberedView) : null,
  };
}
