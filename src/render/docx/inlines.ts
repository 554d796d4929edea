import { PageNumber, Tab, TextRun } from 'docx';
import type { Inline } from '../../model/schema.js';

/** One inline node as a Word run. */
export function toDocxInline(node: Inline): TextRun {
  switch (node.type) {
    case 'text':
      return new TextRun({
        text: node.value,
        bold: node.bold,
        italics: node.italic,
        underline: node.underline ? {} : undefined,
      });
    case 'lineBreak':
      return new TextRun({ break: 1 });
    case 'tab':
      return new TextRun({ children: [new Tab()] });
    case 'pageNumber':
      // A PAGE field: digits only, as GOST R 7.0.97 wants.
      return new TextRun({ children: [PageNumber.CURRENT] });
    default: {
      const _exhaustive: never = node;
      return _exhaustive;
    }
  }
}

export function toDocxInlines(nodes: readonly Inline[]): TextRun[] {
  return nodes.map(toDocxInline);
}

/** Whether a paragraph has a tab, and so needs the right tab stop (signature lines). */
export function hasTab(nodes: readonly Inline[]): boolean {
  return nodes.some((node) => node.type === 'tab');
}
