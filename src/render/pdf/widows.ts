import { platform } from '../../platform/index.js';

type Line = { getHeight(): number; id?: string; _node?: unknown };
type TextNode = {
  positions: unknown[];
  id?: string;
  maxHeight?: number;
  pageOrientation?: string;
  /** pdfmake's outline, table-of-contents and page references: left to pdfmake's own processLeaf. */
  outline?: unknown;
  tocItem?: unknown;
  _tocItemRef?: unknown;
  _pageRef?: unknown;
};
type Context = {
  availableHeight: number;
  y: number;
  pageMargins: { top: number };
  inSnakingColumns(): boolean;
};
type Writer = {
  context(): Context;
  addLine(line: Line): unknown;
  moveToNextPage(orientation?: string): void;
};
type Builder = {
  writer: Writer;
  /** How many tables and column sets the leaf being laid out is in (counted by the patched methods). */
  nesting?: number;
  processTable(node: unknown): void;
  processColumns(node: unknown): void;
  buildNextLine(node: TextNode): Line | null;
  processLeaf(node: TextNode): void;
};

/** Lines of a paragraph kept together on each side of a page break, as Word's «запрет висячих строк» keeps them. */
export const minLinesAtBreak = 2;

let patched = false;

/**
 * Widow and orphan control in pdfmake, as Word and LibreOffice apply it to a DOCX whose paragraphs have
 * `w:widowControl` (styles.ts): a paragraph broken by a page leaves at least two lines on the page it starts on and
 * carries at least two to the next; a paragraph of two or three lines does not break at all. pdfmake places line
 * after line until one does not fit; here a paragraph's lines are built first (its width does not change within a
 * page), then the break is moved up where a lone line would be left. Inside a table cell the same rule splits a row
 * the way LibreOffice splits it. Installed once, from fonts.ts.
 */
export function patchWidowControl(): void {
  if (patched) return;
  const LayoutBuilder = platform.loadModule<{ default: { prototype: Builder } }>(
    'pdfmake/js/LayoutBuilder.js',
  ).default;
  const original = LayoutBuilder.prototype.processLeaf;
  LayoutBuilder.prototype.processLeaf = function processLeaf(this: Builder, node: TextNode) {
    const referenced = node.outline || node.tocItem || node._tocItemRef || node._pageRef;
    // Table cells split line by line, as LibreOffice splits a row (model/styles.ts, widowControl); so does the text
    // of a hanging list item, whose marker stands in a column beside it (pdf/list.ts, docx/lists.ts).
    const nested = (this.nesting ?? 0) > 0;
    if (nested || referenced || node.maxHeight !== undefined || this.writer.context().inSnakingColumns()) {
      original.call(this, node);
      return;
    }
    const lines: Line[] = [];
    for (let line = this.buildNextLine(node); line; line = this.buildNextLine(node)) lines.push(line);
    const first = lines[0];
    if (first === undefined) return;
    if (node.id !== undefined) {
      first._node = node;
      first.id = node.id;
    }
    placeLines(this.writer, node, lines);
  };
  for (const method of ['processTable', 'processColumns'] as const) {
    const nest = LayoutBuilder.prototype[method];
    LayoutBuilder.prototype[method] = function countNesting(this: Builder, node: unknown) {
      this.nesting = (this.nesting ?? 0) + 1;
      try {
        nest.call(this, node);
      } finally {
        this.nesting -= 1;
      }
    };
  }
  patched = true;
}

function placeLines(writer: Writer, node: TextNode, lines: readonly Line[]): void {
  let next = 0;
  let fresh = isAtPageTop(writer.context());
  while (next < lines.length) {
    const fitting = countFitting(lines, next, writer.context().availableHeight);
    const rest = lines.length - next;
    let take = fitting;
    if (take < rest) {
      if (rest - take < minLinesAtBreak) take = rest - minLinesAtBreak;
      if (next === 0 && take < minLinesAtBreak) take = 0;
      // A page that cannot hold two lines of it gets what fits: never an endless move to the next page.
      if (take <= 0 && fresh) take = Math.max(fitting, 1);
    }
    for (const line of lines.slice(next, next + Math.max(take, 0))) node.positions.push(writer.addLine(line));
    next += Math.max(take, 0);
    if (next < lines.length) {
      writer.moveToNextPage(node.pageOrientation);
      fresh = true;
    }
  }
}

function countFitting(lines: readonly Line[], from: number, availablePt: number): number {
  let used = 0;
  let count = 0;
  for (const line of lines.slice(from)) {
    used += line.getHeight();
    if (used > availablePt + 1e-6) break;
    count += 1;
  }
  return count;
}

function isAtPageTop(ctx: Context): boolean {
  return ctx.y <= ctx.pageMargins.top + 1e-6;
}
