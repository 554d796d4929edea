import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { failWith } from '../errors.js';
import { text } from '../messages.js';

/**
 * Writes one file atomically: a temporary file in the same folder, then a rename, so a reader (or a crash)
 * never sees a half-written document and the previous version stays intact until the new one is complete.
 */
export function writeAtomically(dir: string, name: string, bytes: Uint8Array): string {
  const target = resolve(dir, name);
  const rel = relative(resolve(dir), target);
  if (rel.startsWith('..') || rel.includes(sep)) failWith({ code: 'file-unwritable', message: text.writeFailed(name, 'имя вне папки') });
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    return target;
  } catch (e) {
    rmSync(temp, { force: true });
    return failWith({ code: 'file-unwritable', message: text.writeFailed(target, (e as Error).message) });
  }
}
