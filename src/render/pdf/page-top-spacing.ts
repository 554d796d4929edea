import { platform } from '../../platform/index.js';

type Node = { pageBreak?: string; _margin?: [number, number, number, number] | null };
type Builder = { processNode(node: Node, verticalAlignment?: boolean): void };

let patched = false;

/**
 * No space before a paragraph that keepNext moved to the top of a new page (keep.ts asks pdfmake for a page break
 * before it), as Word and LibreOffice drop the spacing above a paragraph at the top of a page that an automatic
 * break began. gramota never asks for a break before a node otherwise: the model's page breaks come after an empty
 * block (blocks.ts), and after those the spacing stays, as after a manual break in Word. Installed once, from fonts.ts.
 */
export function patchPageTopSpacing(): void {
  if (patched) return;
  const LayoutBuilder = platform.loadModule<{ default: { prototype: Builder } }>(
    'pdfmake/js/LayoutBuilder.js',
  ).default;
  const processNode = LayoutBuilder.prototype.processNode;
  LayoutBuilder.prototype.processNode = function processNodeAtPageTop(
    this: Builder,
    node,
    verticalAlignment,
  ) {
    const margin = node._margin;
    if (node.pageBreak !== 'before' || !margin || margin[1] === 0) {
      processNode.call(this, node, verticalAlignment);
      return;
    }
    node._margin = [margin[0], 0, margin[2], margin[3]];
    try {
      processNode.call(this, node, verticalAlignment);
    } finally {
      node._margin = margin;
    }
  };
  patched = true;
}
