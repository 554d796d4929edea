import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A package is written into a hidden working folder beside its own and swapped in whole: `.<name>.<pid>.<hex>.tmp`
 * while its files are written, `.<name>.<pid>.<hex>.old` for the previous package during the swap. The process id
 * tells a folder of a run in progress from one a killed run left.
 */
const workPattern = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.(tmp|old)$/;
/** A working folder older than this is left over, whatever its process id (a reused id, another machine). */
const staleMs = 10 * 60 * 1000;

export function nameWorkFolder(packageName: string, kind: 'tmp' | 'old'): string {
  return `.${packageName}.${process.pid}.${randomBytes(4).toString('hex')}.${kind}`;
}

/**
 * Cleans what interrupted runs left in an output folder: a previous package moved aside by a swap that did not
 * finish comes back when nothing took its place, and the other working folders are removed. Only folders of
 * processes that no longer run (or very old ones) are touched, or, with `pid`, those of that process (Ctrl-C).
 */
export function recoverWorkFolders(parent: string, pid?: number, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const found = names.flatMap((name) => {
    const match = workPattern.exec(name);
    return match ? [{ name, packageName: match[1]!, pid: Number(match[2]), kind: match[3]! }] : [];
  });
  // Old ones first: a package moved aside comes back before the fresh folders of the same run go.
  found.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'old' ? -1 : 1));
  for (const work of found) {
    const path = join(parent, work.name);
    const isLeftOver =
      pid === undefined ? !isRunning(work.pid) || isOlderThan(path, now - staleMs) : work.pid === pid;
    if (!isLeftOver) continue;
    if (work.kind === 'old' && !exists(join(parent, work.packageName))) {
      if (tryRename(path, join(parent, work.packageName))) continue;
    }
    removeQuietly(path);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isOlderThan(path: string, time: number): boolean {
  return (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? time) < time;
}

function exists(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false }) !== undefined;
}

function tryRename(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Gone already, or out of reach: nothing more to clean.
  }
}
