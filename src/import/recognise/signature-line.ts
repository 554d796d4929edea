import type { DocParagraph, DocRow } from '../docx/blocks.js';
import { isPersonName } from './people.js';

const trailingName = /^(.{2,80}?)\s+(\p{Lu}\.\s?(?:\p{Lu}\.)?\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/**
 * «Директор\tГ.В. Алейкина», «Директор ________ Г.В. Алейкина», «Директор    Г.В. Алейкина» (spaces, as a
 * converted file has them): a position, then a name with initials first at the end of the line.
 */
export function splitSignature(p: DocParagraph): { position: string; name: string } | undefined {
  if (p.marker) return undefined;
  const parts = p.text
    .split(/\t+|_{3,}/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 2 && isPersonName(parts[1]!)) return { position: parts[0]!, name: parts[1]! };
  const spaced = trailingName.exec(p.text.trim());
  return spaced && !/[.:;,]$/.test(spaced[1]!) ? { position: spaced[1]!, name: spaced[2]! } : undefined;
}

/**
 * A row of a borderless table read as one signature line: «Директор | Г.В. Алейкина» or «Директор | ________ |
 * Г.В. Алейкина», its cells joined by tabs (a cell's lines by spaces); undefined when the row is no signature.
 */
export function readSignatureRow(row: DocRow): DocParagraph | undefined {
  const first = row.cells[0]?.paragraphs[0];
  if (!first || row.cells.length < 2 || row.cells.length > 3) return undefined;
  const text = row.cells
    .map((c) =>
      c.paragraphs
        .map((p) => p.text.trim())
        .filter((t) => t !== '')
        .join(' '),
    )
    .join('\t');
  const line: DocParagraph = { ...first, text, marker: undefined };
  return splitSignature(line) ? line : undefined;
}
