import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import { maxPlanBytes } from './decode.js';

/**
 * The bytes of a plan file, read only after its type and size are known: a folder, a pipe (FIFO), a device
 * (/dev/zero) or a file over the limit is refused before a byte is read, and at most the limit is ever read
 * (a file that grows while it is read is cut there and refused by decodePlan).
 */
export function readPlanFile(path: string, display: string): Uint8Array | Problem {
  const fail = (message: string): Problem => ({ code: 'file-unreadable', message, file: display });
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO that no one writes to would wait forever (Windows has no such flag).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { code: 'file-unreadable', message: text.fileNotFound(display) }
      : fail(describeReadError(code));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail(text.planIsFolder);
    if (!stat.isFile()) return fail(text.planNotRegularFile);
    if (stat.size > maxPlanBytes) return fail(text.planTooLarge(maxPlanBytes / 1024 / 1024));
    return readAtMost(fd, maxPlanBytes + 1);
  } catch (e) {
    return fail(describeReadError((e as NodeJS.ErrnoException).code));
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = new Uint8Array(Math.min(1 << 20, limit - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** A reading error in Russian: what happened and what to check. */
export function describeReadError(code: string | undefined): string {
  return (
    {
      ENOENT: text.readNotFound,
      ENOTDIR: text.readNotFound,
      EACCES: text.readDenied,
      EPERM: text.readDenied,
      EISDIR: text.planIsFolder,
      ENAMETOOLONG: text.pathTooLong,
      ELOOP: text.readLinkLoop,
      EIO: text.readDeviceError,
      EBUSY: text.readBusy,
    }[code ?? ''] ?? text.systemError(code)
  );
}
