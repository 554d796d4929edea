import type { Problem } from '../errors.js';
import { text } from '../messages.js';

/** Largest plan file accepted: real plans are tens of kilobytes. */
export const maxPlanBytes = 2 * 1024 * 1024;

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
  if (bytes.includes(0)) return fail(text.planBinary);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    return fail(text.planNotUtf8, line);
  }
}
