import type { Block, Cell, Inline, Table } from '../model/schema.js';
import { setTableSize } from '../model/table-size.js';
import { MarkupError } from './attributes.js';
import { findSpanProblem } from './check-spans.js';
import type { ClosedDocument, Frame } from './frames.js';
import { finishInlines } from './inline-text.js';

/** Closes an element: turns its builder into a model node and hands it to the parent; MarkupError if it is wrong. */
export function closeFrame(frame: Frame, parent: Frame | undefined): ClosedDocument | undefined {
  const addBlock = (block: Block) => {
    if (parent && (parent.kind === 'section' || parent.kind === 'item' || parent.kind === 'cell'))
      parent.children.push(block);
  };
  const addInline = (inline: Inline) => {
    const target =
      parent?.kind === 'mark' ? parent.paragraph : parent?.kind === 'paragraph' ? parent : undefined;
    target?.inlines.push(inline);
  };
  switch (frame.kind) {
    case 'document':
      return { title: frame.title, author: frame.author, sections: frame.sections };
    case 'section':
      if (parent?.kind === 'document') {
        parent.sections.push({
          type: 'section',
          orientation: frame.orientation,
          pageNumbers: frame.pageNumbers,
          ...(frame.title ? { title: frame.title } : {}),
          children: frame.children,
        });
      }
      return undefined;
    case 'paragraph':
      addBlock({
        type: 'paragraph',
        style: frame.style,
        ...(frame.align ? { align: frame.align } : {}),
        ...(frame.keepNext ? { keepNext: true } : {}),
        children: finishInlines(frame.inlines),
      });
      return undefined;
    case 'empty':
      if (frame.name === 'page-break') addBlock({ type: 'pageBreak' });
      else if (frame.name === 'contents') addBlock({ type: 'contents', entries: [] });
      else if (frame.name === 'br') addInline({ type: 'lineBreak' });
      else addInline({ type: frame.name === 'tab' ? 'tab' : 'pageNumber' });
      return undefined;
    case 'list':
      addBlock({ type: 'list', ...frame.options, items: frame.items });
      return undefined;
    case 'item':
      if (parent?.kind === 'list') parent.items.push({ children: frame.children });
      return undefined;
    case 'table': {
      const problem = findSpanProblem(frame.rows, frame.widths.length);
      if (problem) throw new MarkupError(problem);
      const { borders, widths, columnTitles, rows } = frame;
      const table: Table = { type: 'table', borders, widths, ...(columnTitles && { columnTitles }), rows };
      addBlock(frame.sizePt === undefined ? table : setTableSize(table, frame.sizePt)); // stated: not fitted
      return undefined;
    }
    case 'row':
      if (parent?.kind === 'table') {
        parent.rows.push({
          ...(frame.header ? { header: true } : {}),
          ...(frame.keepNext ? { keepNext: true } : {}),
          cells: frame.cells,
        });
      }
      return undefined;
    case 'cell':
      if (parent?.kind === 'row') parent.cells.push(toCell(frame));
      return undefined;
    case 'prebuilt':
      addBlock(frame.block);
      return undefined;
    case 'mark':
    case 'ignored':
      return undefined;
    default: {
      const _exhaustive: never = frame;
      return _exhaustive;
    }
  }
}

/**
 * A cell node: the looks it states, in the schema's order, and its blocks. Built key by key, so that every cell of a
 * kind shares one V8 shape (a copy made by Object.fromEntries and a spread got one of its own: ~1 KB more per row of
 * a big table), and with its blocks in an array of their number (frames push into one that has grown for more).
 */
function toCell({ rowSpan, colSpan, align, valign, fill, children }: Extract<Frame, { kind: 'cell' }>): Cell {
  return {
    ...(rowSpan !== undefined ? { rowSpan } : {}),
    ...(colSpan !== undefined ? { colSpan } : {}),
    ...(align !== undefined ? { align } : {}),
    ...(valign !== undefined ? { valign } : {}),
    ...(fill !== undefined ? { fill } : {}),
    children: [...children],
  };
}
