import type { Problem } from '../errors.js';
import { text } from '../messages.js';

/**
 * Largest plan file accepted. Real plans are tens of kilobytes and a 10,000-row roadmap is about 5.5 MB; only a file
 * that cannot be a plan is refused.
 */
export const maxPlanBytes = 64 * 1024 * 1024;

/**
 * Plan file bytes → text: UTF-8 only (a BOM is dropped); a binary file, a file in another encoding
 * (Windows-1251 from an old editor) or an oversized one is refused with a message that says what to do.
 */
export function decodePlan(bytes: Uint8Array, file: string): string | Problem {
  const fail = (message: string, line?: number): Problem => ({
    code: 'file-unreadable',
    message,
    file,
    line,
    column: 1,
  });
  if (bytes.length > maxPlanBytes) return fail(text.planTooLarge(maxPlanBytes / 1024 / 1024));
  if (isUtf16(bytes)) return fail(text.planUtf16);
  if (bytes.includes(0)) return fail(text.planBinary);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return fail(text.planNotUtf8, line);
  }
}

/**
 * UTF-16 text (Notepad's «Юникод»): its byte order mark, or, without one, the zero half of every Latin character
 * (a plan starts with a Latin key).
 */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return (
    bytes.length >= 4 && ((a !== 0 && b === 0 && bytes[3] === 0) || (a === 0 && b !== 0 && bytes[2] === 0))
  );
}
