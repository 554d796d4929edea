import type { DocParagraph } from '../docx/blocks.js';
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
