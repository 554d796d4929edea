import { text as cliText } from '../../messages.js';

/**
 * A file given to «Открыть файл…», read as a plan: UTF-8 (as gramota reads plans, a BOM dropped); an old editor's
 * Windows-1251 or Notepad's UTF-16, read in that encoding and said so; a Word document, for the import; anything else
 * refused with the CLI's own words, so that the editor never gets binary junk.
 */
export type ReadPlan =
  | { readonly kind: 'plan'; readonly text: string; readonly encoding?: 'Windows-1251' | 'UTF-16' }
  | { readonly kind: 'word' }
  | { readonly kind: 'unreadable'; readonly message: string };

/** Documents of Word and its kin: their names, and the first bytes of a zip (.docx, .odt) or an OLE file (.doc). */
const wordNames = /\.(docx?|odt|rtf)$/i;
const zipStart = [0x50, 0x4b, 0x03, 0x04];
const oleStart = [0xd0, 0xcf, 0x11, 0xe0];

export function readPlanBytes(name: string, bytes: Uint8Array): ReadPlan {
  if (wordNames.test(name)) return { kind: 'word' };
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff))
    return {
      kind: 'plan',
      text: decode(a === 0xff ? 'utf-16le' : 'utf-16be', bytes.subarray(2)),
      encoding: 'UTF-16',
    };
  if (startsWith(bytes, zipStart) || startsWith(bytes, oleStart) || bytes.includes(0))
    return { kind: 'unreadable', message: cliText.planBinary };
  try {
    return { kind: 'plan', text: decode('utf-8', bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Not UTF-8: a Russian plan from an old editor is Windows-1251; a byte that is not even that, another encoding.
  }
  // Every byte is some character in Windows-1251, but 0x98 only a control one no text has: then it is not that either.
  const text = decode('windows-1251', bytes);
  return /[\u0080-\u009f]/.test(text)
    ? { kind: 'unreadable', message: cliText.planNotUtf8 }
    : { kind: 'plan', text, encoding: 'Windows-1251' };
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

function startsWith(bytes: Uint8Array, start: readonly number[]): boolean {
  return start.every((byte, i) => bytes[i] === byte);
}
