import type { Content, ContentStack, ContentText, Style } from 'pdfmake/interfaces.js';
import type { Inline, Paragraph } from '../../model/schema.js';
import { toSetInlines } from '../hyphenated.js';
import type { BlockContext } from './context.js';
import { splitLines, toPdfInlines } from './inlines.js';
import { keepNextLevel, toKeepId } from './keep.js';
import { toPdfStyle } from './styles.js';

/** Marks for keep.ts: the id of the paragraph's first text leaf, and whether it keeps with the next block. */
export type ParagraphMarks = { readonly leadId?: string | undefined; readonly keepNext?: boolean };

/**
 * A paragraph: its style's properties, then the overrides of the place it stands in. Alignment: the paragraph's own
 * `align`, else the enclosing cell's, else the style's. In the text of a hanging list item the first-line indent is
 * dropped (the item's marker column provides the hanging indent); inline items keep it for their number (list.ts).
 */
export function toPdfParagraph(
  paragraph: Paragraph,
  ctx: BlockContext,
  marks: ParagraphMarks = {},
): ContentText | ContentStack {
  const align = paragraph.align ?? ctx.align;
  const overrides: Style = { ...(align && { alignment: align }), ...(ctx.inList && { leadingIndent: 0 }) };
  const lead = marks.leadId === undefined ? {} : { id: marks.leadId };
  const keep = marks.keepNext ? { headlineLevel: keepNextLevel } : {};
  const inlines = toSetInlines(paragraph);
  if (inlines.some((inline) => inline.type === 'tab')) {
    const last = marks.keepNext ? { ...keep, id: toKeepId(ctx.path) } : {};
    return {
      stack: toTabbedLines(inlines, lead, last),
      ...toPdfStyle(paragraph.style, paragraph.sizePt),
      ...overrides,
    };
  }
  return {
    // An empty paragraph that leads a row (an unnumbered item's «№» cell) needs a glyph for pdfmake to record its
    // position, or the row before it cannot keep with it (keep.ts): a zero-width space.
    text: inlines.length === 0 && marks.leadId !== undefined ? '\u200B' : toPdfText(inlines),
    ...toPdfStyle(paragraph.style, paragraph.sizePt),
    ...overrides,
    ...lead,
    ...keep,
    // Kept with the next block and kept whole, as the DOCX keeps it (keepLines) and LibreOffice moves it.
    ...(marks.keepNext && { unbreakable: true }),
  };
}

type Marks = { readonly id?: string; readonly headlineLevel?: number };

/**
 * A paragraph with tabs, line by line: a line with a tab becomes two columns, the text before the first tab at the
 * left margin and the rest flush right — the signature line «Директор ⇥ Г.В. Алейкина», which Word lays out with
 * a right tab stop at the margin. Lines without tabs are plain text. Only the first line keeps the first-line indent.
 * A keepNext mark goes on the last text leaf, the lead id on the first (pdfmake lists a container before its
 * children, so a mark on the stack would see its own lines as "the next block on this page").
 */
function toTabbedLines(inlines: readonly Inline[], first: Marks, last: Marks): Content[] {
  const groups = groupTabbedLines(inlines);
  return groups.map((group, i) => {
    const start = i === 0 ? first : { leadingIndent: 0 };
    const end = i === groups.length - 1 ? last : {};
    // A tabbed paragraph has at least one tabbed line, so a plain group is never both first and last.
    if (group.type === 'plain')
      return { text: toPdfText(group.lines.flatMap(joinWithBreaks)), ...start, ...end };
    return {
      columns: [
        { width: '*', text: toPdfText(group.before), ...start },
        { width: 'auto', text: toPdfText(group.after), alignment: 'right', leadingIndent: 0, ...end },
      ],
      columnGap: 0,
    };
  });
}

type LineGroup =
  | { readonly type: 'plain'; readonly lines: Inline[][] }
  | { readonly type: 'tabbed'; readonly before: Inline[]; readonly after: Inline[] };

/** Consecutive lines without a tab stay together; each line with a tab is split at its first tab. */
function groupTabbedLines(inlines: readonly Inline[]): LineGroup[] {
  const groups: LineGroup[] = [];
  for (const line of splitLines(inlines)) {
    const tab = line.findIndex((inline) => inline.type === 'tab');
    const previous = groups[groups.length - 1];
    if (tab >= 0) groups.push({ type: 'tabbed', before: line.slice(0, tab), after: line.slice(tab + 1) });
    else if (previous?.type === 'plain') previous.lines.push(line);
    else groups.push({ type: 'plain', lines: [line] });
  }
  return groups;
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
