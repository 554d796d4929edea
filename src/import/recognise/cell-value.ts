import type { DocCell, DocParagraph } from '../docx/blocks.js';

/** A cell as a plan value: text (lines joined by «\n»), a list, { numbered: […] }, or undefined when empty. */
export type CellValue = string | string[] | { numbered: string[] };

const typedBullet = /^[–—•·▪◦*-]\s*/;
const typedNumber = /^\d+[.)]\s*/;

/** Reads a cell's paragraphs: Word's bullets or typed dashes make a list, Word's or typed numbers a numbered one. */
export function readCellValue(cell: DocCell | undefined): CellValue | undefined {
  const paragraphs = (cell?.paragraphs ?? []).filter((p) => p.text.trim() !== '');
  if (paragraphs.length === 0) return undefined;
  const texts = paragraphs.map((p) => p.text.trim());
  if (paragraphs.every((p) => p.marker?.bullet)) return texts;
  if (paragraphs.every((p) => p.marker && !p.marker.bullet)) return { numbered: texts };
  if (paragraphs.length > 1 && texts.every((t) => typedBullet.test(t)))
    return texts.map((t) => t.replace(typedBullet, ''));
  if (paragraphs.length > 1 && texts.every((t) => typedNumber.test(t)))
    return { numbered: texts.map((t) => t.replace(typedNumber, '')) };
  return paragraphs.map(toLine).join('\n');
}

/** A paragraph as one line of text, its Word number written in front («1.»); any bullet is written «–». */
export function toLine(p: DocParagraph): string {
  if (!p.marker) return p.text.trim();
  return `${p.marker.bullet ? '–' : p.marker.label} ${p.text.trim()}`.trim();
}

/** The plain text of a cell, Word's numbers included («1.1»), lines joined by «\n». */
export function readCellText(cell: DocCell | undefined): string {
  return (cell?.paragraphs ?? [])
    .map(toLine)
    .filter((t) => t !== '')
    .join('\n');
}
