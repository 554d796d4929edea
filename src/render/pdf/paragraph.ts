import type { Column, Content, ContentColumns, ContentStack, ContentText, Style } from 'pdfmake/interfaces.js';
import type { Inline, Paragraph } from '../../model/schema.js';
import type { BlockContext } from './context.js';
import { splitLines, toPdfInlines } from './inlines.js';

/**
 * A paragraph: its named style, then the overrides of the place it stands in. Alignment: the paragraph's own
 * `align`, else the enclosing cell's, else the style's. In a list item the first-line indent is dropped
 * (the item's marker column provides the hanging indent).
 */
export function toPdfParagraph(paragraph: Paragraph, ctx: BlockContext, headlineLevel?: number): ContentText | ContentStack {
  const align = paragraph.align ?? ctx.align;
  const overrides: Style = { ...(align && { alignment: align }), ...(ctx.inList && { leadingIndent: 0 }) };
  const mark = headlineLevel === undefined ? {} : { headlineLevel };
  if (paragraph.children.some((inline) => inline.type === 'tab')) {
    return { stack: toTabbedLines(paragraph.children, mark), style: paragraph.style, ...overrides };
  }
  return { text: toPdfText(paragraph.children), style: paragraph.style, ...overrides, ...mark };
}

/**
 * A paragraph with tabs, line by line: a line with a tab becomes two columns, the text before the first tab at the
 * left margin and the rest flush right — the signature line «Директор ⇥ Г.В. Алейкина», which Word lays out with
 * a right tab stop at the margin. Lines without tabs are plain text. Only the first line keeps the first-line indent.
 * A keepNext mark goes on the last text node: pdfmake lists a container before its children, so the mark on the
 * stack would see its own lines as "the next block on this page".
 */
function toTabbedLines(inlines: readonly Inline[], mark: { headlineLevel?: number }): Content[] {
  const nodes: (ContentText | TabbedLine)[] = [];
  let plain: Inline[][] = [];
  const flushPlain = (): void => {
    if (plain.length === 0) return;
    nodes.push(withoutIndentUnlessFirst({ text: toPdfText(plain.flatMap(joinWithBreaks)) }, nodes.length));
    plain = [];
  };
  for (const line of splitLines(inlines)) {
    const tab = line.findIndex((inline) => inline.type === 'tab');
    if (tab < 0) {
      plain.push(line);
      continue;
    }
    flushPlain();
    nodes.push(toTabbedLine(line.slice(0, tab), line.slice(tab + 1), nodes.length === 0));
  }
  flushPlain();
  const last = nodes.length - 1;
  return nodes.map((node, i) => (i === last ? markLast(node, mark) : node));
}

function toTabbedLine(before: readonly Inline[], after: readonly Inline[], isFirst: boolean): TabbedLine {
  return {
    columns: [
      withoutIndentUnlessFirst({ width: '*', text: toPdfText(before) }, isFirst ? 0 : 1),
      { width: 'auto', text: toPdfText(after), alignment: 'right', leadingIndent: 0 },
    ],
    columnGap: 0,
  };
}

type TabbedLine = ContentColumns & { columns: [ContentText & Column, ContentText & Column] };

function markLast(node: ContentText | TabbedLine, mark: { headlineLevel?: number }): Content {
  if (mark.headlineLevel === undefined) return node;
  if ('columns' in node) {
    const [left, right] = node.columns;
    return { ...node, columns: [left, { ...right, ...mark }] };
  }
  return { ...node, ...mark };
}

function withoutIndentUnlessFirst<T extends object>(node: T, index: number): T {
  return index === 0 ? node : { ...node, leadingIndent: 0 };
}

/** Lines joined back with line breaks between them (the last line has none). */
function joinWithBreaks(line: Inline[], index: number, lines: Inline[][]): Inline[] {
  return index < lines.length - 1 ? [...line, { type: 'lineBreak' }] : line;
}

/** pdfmake text of inlines; an empty paragraph still takes one line, as in Word. */
function toPdfText(inlines: readonly Inline[]): ContentText['text'] {
  const runs = toPdfInlines(inlines);
  return runs.length === 0 ? '' : runs;
}
