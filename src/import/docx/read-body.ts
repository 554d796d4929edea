import type { DocBlock, DocParagraph, DocSection } from './blocks.js';
import { createCounter, findStyleLevel, type ListMarker, readNumbering } from './numbering.js';
import type { DocxParts } from './open-docx.js';
import { readTable } from './read-table.js';
import { findStyleAlign, findStyleName, findStyleNumbering, readStyles, type StyleTable } from './styles.js';
import { childElement, childElements, childValue, type XmlElement, type XmlNode } from './xml-tree.js';

/** Wrappers whose content belongs to the parent as if they were not there (content controls, custom XML, links). */
const transparent = new Set([
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:hyperlink',
  'w:ins',
  'w:fldSimple',
  'w:bdo',
  'w:dir',
]);

/** Children of an element with wrappers unwrapped: `w:sdt` gives its `w:sdtContent`, and so on. */
export function unwrap(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c: XmlNode): XmlElement[] => {
    if (typeof c === 'string') return [];
    if (c.name === 'w:sdt') return childElements(c, 'w:sdtContent').flatMap(unwrap);
    if (transparent.has(c.name)) return unwrap(c);
    return [c];
  });
}

/** What reading a paragraph needs: styles and the document's list counters (called in document order). */
export type ReadContext = {
  readonly styles: StyleTable;
  readonly count: (numId: string, level: number) => ListMarker | undefined;
  /** The level a list gives paragraphs of a style (numbered headings), when neither paragraph nor style says. */
  readonly styleLevel: (numId: string, styleId: string | undefined) => number | undefined;
};

/** The document body as sections of paragraphs and tables. */
export function readBody(parts: DocxParts): DocSection[] {
  const numbering = readNumbering(parts.numbering);
  const ctx: ReadContext = {
    styles: readStyles(parts.styles),
    count: createCounter(numbering),
    styleLevel: (numId, styleId) => findStyleLevel(numbering, numId, styleId),
  };
  const body = childElement(parts.document, 'w:body');
  const sections: DocSection[] = [];
  let blocks: DocBlock[] = [];
  for (const element of body ? unwrap(body) : []) {
    if (element.name === 'w:p') {
      blocks.push(readParagraph(element, ctx), ...readTextBoxes(element, ctx));
      const sectPr = childElement(childElement(element, 'w:pPr'), 'w:sectPr');
      if (sectPr) {
        sections.push({ landscape: isLandscape(sectPr), blocks: dropEmptyTail(blocks) });
        blocks = [];
      }
    } else if (element.name === 'w:tbl') {
      blocks.push(readTable(element, ctx));
    } else if (element.name === 'w:sectPr') {
      sections.push({ landscape: isLandscape(element), blocks: dropEmptyTail(blocks) });
      blocks = [];
    }
  }
  if (blocks.length > 0) sections.push({ landscape: false, blocks });
  return sections.filter((s) => s.blocks.length > 0);
}

function dropEmptyTail(blocks: DocBlock[]): DocBlock[] {
  const last = blocks.at(-1);
  return last?.kind === 'paragraph' && last.text === '' && !last.marker ? blocks.slice(0, -1) : blocks;
}

function isLandscape(sectPr: XmlElement): boolean {
  const size = childElement(sectPr, 'w:pgSz');
  if (size?.attrs['w:orient'] === 'landscape') return true;
  return Number(size?.attrs['w:w'] ?? 0) > Number(size?.attrs['w:h'] ?? 0);
}

/** A paragraph: plain text of its runs, its style's name, Word's list marker if it is in a list. */
export function readParagraph(p: XmlElement, ctx: ReadContext): DocParagraph {
  const pPr = childElement(p, 'w:pPr');
  const styleId = childValue(pPr, 'w:pStyle');
  const runs: { text: string; bold: boolean }[] = [];
  collectRuns(p, runs);
  const text = runs.map((r) => r.text).join('');
  const visible = runs.filter((r) => r.text.trim() !== '');
  return {
    kind: 'paragraph',
    text: toPlainText(text),
    style: findStyleName(ctx.styles, styleId),
    marker: readMarker(pPr, styleId, ctx),
    // «Text Body.c»: LibreOffice gives a centred paragraph of an HTML page a style that centres it.
    align: childValue(pPr, 'w:jc') ?? findStyleAlign(ctx.styles, styleId),
    bold: visible.length > 0 && visible.every((r) => r.bold),
    pictures: countPictures(p),
    pageBreak: hasPageBreak(p) || childElement(pPr, 'w:pageBreakBefore') !== undefined,
  };
}

const hasPageBreak = (e: XmlElement): boolean =>
  childElements(e).some(
    (c) =>
      (c.name === 'w:br' && c.attrs['w:type'] === 'page') || (c.name !== 'mc:Fallback' && hasPageBreak(c)),
  );

/** Paragraphs of the text boxes (надписи) anchored in a paragraph; Word's VML copy (mc:Fallback) is skipped. */
export function readTextBoxes(element: XmlElement, ctx: ReadContext): DocParagraph[] {
  return childElements(element).flatMap((c) => {
    if (c.name === 'mc:Fallback') return [];
    if (c.name === 'w:txbxContent')
      return unwrap(c)
        .filter((e) => e.name === 'w:p')
        .map((e) => readParagraph(e, ctx));
    return readTextBoxes(c, ctx);
  });
}

/** Drawings and VML pictures that are not text boxes. */
function countPictures(element: XmlElement): number {
  return childElements(element).reduce((n, c) => {
    if (c.name === 'mc:Fallback' || c.name === 'w:txbxContent') return n;
    if ((c.name === 'w:drawing' || c.name === 'w:pict') && !hasTextBox(c)) return n + 1;
    return n + countPictures(c);
  }, 0);
}

const hasTextBox = (e: XmlElement): boolean =>
  e.name === 'w:txbxContent' || childElements(e).some(hasTextBox);

function readMarker(
  pPr: XmlElement | undefined,
  styleId: string | undefined,
  ctx: ReadContext,
): ListMarker | undefined {
  const numPr = childElement(pPr, 'w:numPr');
  const fromStyle = findStyleNumbering(ctx.styles, styleId);
  const numId = childValue(numPr, 'w:numId') ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return undefined;
  const own = childValue(numPr, 'w:ilvl');
  const level =
    own !== undefined
      ? Number.parseInt(own, 10)
      : (fromStyle?.level ??
        ctx.styleLevel(numId, styleId) ??
        ctx.styleLevel(numId, fromStyle?.styleId) ??
        0);
  return ctx.count(numId, Number.isNaN(level) ? 0 : level);
}

/** Soft hyphens go, non-breaking spaces and hyphens become plain ones, runs of spaces one space. */
export function toPlainText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\u2011/g, '-')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}

function collectRuns(element: XmlElement, out: { text: string; bold: boolean }[]): void {
  for (const child of unwrap(element)) {
    if (child.name === 'w:r') out.push({ text: readRun(child), bold: isBold(child) });
    else if (child.name !== 'w:pPr' && child.name !== 'w:del' && child.name !== 'w:moveFrom')
      collectRuns(child, out);
  }
}

function isBold(run: XmlElement): boolean {
  const b = childElement(childElement(run, 'w:rPr'), 'w:b');
  return b !== undefined && b.attrs['w:val'] !== '0' && b.attrs['w:val'] !== 'false';
}

function readRun(run: XmlElement): string {
  return childElements(run)
    .map((c) => {
      switch (c.name) {
        case 'w:t':
          return c.children.filter((t) => typeof t === 'string').join('');
        case 'w:tab':
          return '\t';
        case 'w:br':
        case 'w:cr':
          return c.attrs['w:type'] === 'page' ? '' : '\n';
        case 'w:noBreakHyphen':
          return '-';
        default:
          return ''; // w:softHyphen, field codes, drawings
      }
    })
    .join('');
}
