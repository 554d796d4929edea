import type { Style } from 'pdfmake/interfaces.js';
import type { StyleName } from '../../model/schema.js';
import { type StyleSpec, styleNames, styles } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';

/**
 * The named styles of src/model/styles.ts as pdfmake properties: the only place where a model style becomes
 * pdfmake properties. Nodes carry them inline (`...toPdfStyle('body')`) rather than by name: pdfmake looks up
 * every property of every node through its style stack, and a named style costs a dictionary walk (and a new Set)
 * on each lookup — a fifth of the layout time of a large table. The node's own properties come after and win,
 * as they win over a named style.
 */
export function toPdfStyle(name: StyleName, sizePt?: number): Style {
  return sizePt === undefined ? pdfStyles[name] : { ...pdfStyles[name], fontSize: sizePt };
}

const pdfStyles = Object.fromEntries(
  styleNames.map((name) => [name, toStyleProperties(styles[name])]),
) as Record<StyleName, Style>;

function toStyleProperties(spec: StyleSpec): Style {
  return {
    fontSize: spec.sizePt,
    bold: spec.bold,
    alignment: spec.align,
    leadingIndent: mmToPt(spec.firstLineMm),
    // Space before/after as the node's vertical margins; between two paragraphs blocks.ts collapses them.
    margin: [0, spec.spaceBeforePt, 0, spec.spaceAfterPt],
  };
}

/** Whether a style asks to keep its paragraph with the next block (headings, titles). */
export function isKeptWithNext(style: StyleName): boolean {
  return styles[style].keepNext;
}
