import { childElement, childElements, childValue, type XmlElement } from './xml-tree.js';

/** A paragraph style as the reader needs it: its name, parent, alignment and the list it puts its paragraphs in. */
type Style = {
  readonly name: string;
  readonly align: string | undefined;
  readonly basedOn: string | undefined;
  readonly numId: string | undefined;
  readonly level: number | undefined;
};
export type StyleTable = ReadonlyMap<string, Style>;

/** Reads the paragraph styles of styles.xml. */
export function readStyles(root: XmlElement | undefined): StyleTable {
  const table = new Map<string, Style>();
  for (const s of root ? childElements(root, 'w:style') : []) {
    if ((s.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const pPr = childElement(s, 'w:pPr');
    const numPr = childElement(pPr, 'w:numPr');
    const level = childValue(numPr, 'w:ilvl');
    table.set(s.attrs['w:styleId'] ?? '', {
      name: childValue(s, 'w:name') ?? s.attrs['w:styleId'] ?? '',
      basedOn: childValue(s, 'w:basedOn'),
      align: childValue(pPr, 'w:jc'),
      numId: childValue(numPr, 'w:numId'),
      level: level === undefined ? undefined : Number.parseInt(level, 10),
    });
  }
  return table;
}

/**
 * The list a style puts its paragraphs in, through its `basedOn` chain (a cycle ends the walk), and the style in
 * the chain that says so (a list level may be tied to it).
 */
export function findStyleNumbering(
  styles: StyleTable,
  styleId: string | undefined,
): { numId: string; level: number | undefined; styleId: string } | undefined {
  const seen = new Set<string>();
  let id = styleId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    if (style.numId !== undefined) return { numId: style.numId, level: style.level, styleId: id };
    id = style.basedOn;
  }
  return undefined;
}

/** The name of a style («heading 1», «Title»), or its id when styles.xml does not name it. */
export function findStyleName(styles: StyleTable, styleId: string | undefined): string {
  if (styleId === undefined) return '';
  return styles.get(styleId)?.name ?? styleId;
}

/** The alignment a style gives its paragraphs (w:jc), through its `basedOn` chain; undefined when none does. */
export function findStyleAlign(styles: StyleTable, styleId: string | undefined): string | undefined {
  const seen = new Set<string>();
  let id = styleId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (style?.align !== undefined) return style.align;
    id = style?.basedOn;
  }
  return undefined;
}
