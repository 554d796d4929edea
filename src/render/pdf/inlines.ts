import type { ContentText } from 'pdfmake/interfaces.js';
import type { Inline } from '../../model/schema.js';

/** One pdfmake inline: a text run with its own formatting. */
export type PdfInline = ContentText | string;

/**
 * Inlines as pdfmake text runs. A line break is '\n'; a tab outside a tabbed paragraph (see paragraph.ts) and a
 * page number in the body (meaningful only in headers, which the renderer builds itself) render as nothing visible:
 * the tab as a space, the page number as an empty run.
 */
export function toPdfInlines(inlines: readonly Inline[]): PdfInline[] {
  return inlines.map(toPdfInline);
}

export function toPdfInline(inline: Inline): PdfInline {
  switch (inline.type) {
    case 'text':
      return {
        text: inline.value,
        ...(inline.bold !== undefined && { bold: inline.bold }),
        ...(inline.italic !== undefined && { italics: inline.italic }),
        ...(inline.underline && { decoration: 'underline' as const }),
      };
    case 'lineBreak':
      return '\n';
    case 'tab':
      return ' ';
    case 'pageNumber':
      return '';
    default: {
      const _exhaustive: never = inline;
      return _exhaustive;
    }
  }
}

/** Splits inlines at line breaks: one array per visual line (tabbed paragraphs are laid out line by line). */
export function splitLines(inlines: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const inline of inlines) {
    if (inline.type === 'lineBreak') lines.push([]);
    else lines[lines.length - 1]?.push(inline);
  }
  return lines;
}
