import { Buffer } from 'buffer';
import { hasFile, readFileBytes } from './browser-files.js';

/**
 * The part of Node's fs that pdfkit and pdfmake call, over the studio's files in memory (browser-files.ts): the
 * studio's bundle gives this module to them as `fs` (scripts/build-web.mjs). They only read fonts and font metrics.
 */
export function readFileSync(
  path: string,
  options?: BufferEncoding | { encoding?: BufferEncoding },
): Buffer | string {
  // A view of the file's one copy, not a copy: nothing writes to what it reads, and fonts.ts then knows a font file
  // read again by its memory, without comparing its bytes.
  const file = readFileBytes(path);
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding ? bytes.toString(encoding) : bytes;
}

export function existsSync(path: string): boolean {
  return hasFile(path);
}

export default { readFileSync, existsSync };
