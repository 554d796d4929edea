import type { Block, DocumentModel, Inline } from '../../src/model/schema.js';

/** Text as a reader sees it: no soft hyphens, non-breaking spaces as spaces, runs of spaces as one. */
const plain = (s: string) =>
  s
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function inlineText(inlines: readonly Inline[]): string {
  return plain(
    inlines
      .map((i) => (i.type === 'text' ? i.value : i.type === 'tab' ? ' ' : i.type === 'lineBreak' ? ' ' : ''))
      .join(''),
  );
}

const listMark = (list: Extract<Block, { type: 'list' }>) =>
  list.ordered ? (list.outline ? '#.#' : '#') : '–';

function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlineText(block.children)].filter((t) => t !== '');
    case 'list':
      // Each item with its list's kind, so the comparison sees numbering: «#» numbered, «#.#» outline, «–» bullets.
      return block.items.flatMap((item) =>
        item.children.flatMap(blockLines).map((line, i) => (i === 0 ? `${listMark(block)} ${line}` : line)),
      );
    case 'table':
      return block.rows.map((row) =>
        row.cells
          .map(
            (c) =>
              `${c.children.flatMap(blockLines).join(' / ')}${(c.rowSpan ?? 1) > 1 ? ` ↓${c.rowSpan}` : ''}${(c.colSpan ?? 1) > 1 ? ` →${c.colSpan}` : ''}`,
          )
          .join(' | '),
      );
    case 'pageBreak':
      return [];
    default:
      return [];
  }
}

/**
 * A model as lines of text: paragraphs, list items marked with their kind of numbering, and each table row with
 * its cells' merges (↓ rows, → columns).
 */
export function toModelText(model: DocumentModel): string[] {
  return model.sections.flatMap((s) => s.children.flatMap(blockLines));
}
