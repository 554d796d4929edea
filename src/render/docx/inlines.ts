import { PageNumber, SoftHyphen, Tab, TextRun } from 'docx';
import { softHyphen } from '../../language/hyphenation.js';
import type { Inline } from '../../model/schema.js';

/** One inline node as a Word run. */
export function toDocxInline(node: Inline): TextRun {
  switch (node.type) {
    case 'text':
      return new TextRun({
        ...toRunText(node.value),
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

/** A run's text; soft hyphens become Word's optional hyphens (w:softHyphen), as Word itself writes them. */
function toRunText(value: string): { text: string } | { children: (string | SoftHyphen)[] } {
  if (!value.includes(softHyphen)) return { text: value };
  return {
    children: value.split(softHyphen).flatMap((part, i) => (i === 0 ? [part] : [new SoftHyphen(), part])),
  };
}

export function toDocxInlines(nodes: readonly Inline[]): TextRun[] {
  return nodes.map(toDocxInline);
}

/** Whether a paragraph has a tab, and so needs the right tab stop (signature lines). */
export function hasTab(nodes: readonly Inline[]): boolean {
  return nodes.some((node) => node.type === 'tab');
}
