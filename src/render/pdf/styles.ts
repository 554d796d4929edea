import type { StyleDictionary } from 'pdfmake/interfaces.js';
import type { StyleName } from '../../model/schema.js';
import { type StyleSpec, styleNames, styles } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';

/**
 * The named styles of src/model/styles.ts as a pdfmake style dictionary: the only place where a model style
 * becomes pdfmake properties. Nodes reference the style by the same name (`style: 'body'`).
 */
export function toPdfStyles(): StyleDictionary {
  return Object.fromEntries(styleNames.map((name) => [name, toPdfStyle(styles[name])]));
}

function toPdfStyle(spec: StyleSpec): StyleDictionary[string] {
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
