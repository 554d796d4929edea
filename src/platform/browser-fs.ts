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
  const bytes = Buffer.from(readFileBytes(path));
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding ? bytes.toString(encoding) : bytes;
}

export function existsSync(path: string): boolean {
  return hasFile(path);
}

export default { readFileSync, existsSync };
