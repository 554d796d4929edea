import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';

/** Temporary files are hidden, named after their target, and end in `.tmp`: `.Prikaz.docx.1a2b3c4d.tmp`. */
const tempPattern = /^\..+\.[0-9a-f]{8}\.tmp$/;
/** A temporary file older than this was left by a killed run; a younger one may belong to a run in progress. */
const staleMs = 10 * 60 * 1000;

/**
 * Writes one file atomically: a temporary file in the same folder, then a rename, so a reader (or a crash, or a
 * kill) never sees a half-written document and the previous version stays intact until the new one is complete.
 * Returns the written path, or the problem that stopped it (a locked file, a read-only folder, a full disk).
 */
export function writeAtomically(dir: string, name: string, bytes: Uint8Array): string | Problem {
  const target = resolve(dir, name);
  const rel = relative(resolve(dir), target);
  if (rel.startsWith('..') || rel.includes(sep)) return toWriteProblem(target, 'outside');
  const temp = join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    return target;
  } catch (e) {
    removeQuietly(temp);
    return toWriteProblem(target, (e as NodeJS.ErrnoException).code);
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there, or it cannot be reached: nothing to clean up.
  }
}

/** Removes temporary files that a killed run left in an output folder (never a finished document). */
export function removeStaleTemporaries(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => tempPattern.test(n))) {
    const path = join(dir, name);
    if (now - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? now) > staleMs) removeQuietly(path);
  }
}

function toWriteProblem(file: string, code: string | undefined): Problem {
  return { code: 'file-unwritable', file, message: text.writeFailed(text.writeReason(code)) };
}
