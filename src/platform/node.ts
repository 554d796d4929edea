import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { deflateRawPieces } from './deflate-pieces.js';
import { loadLibrary, wrapPdfkitFontkit } from './node-libraries.js';
import type { Platform } from './types.js';

/**
 * Node: the file system, native zlib, and libraries through `require` (node-libraries.ts; the CLI bundle's own in
 * bundle-libraries.ts). This file is src/platform, dist/platform or, bundled, dist/cli-bundle: the root is two up.
 */
export const platform: Platform = {
  root: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
  readText: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => toBytes(readFileSync(path)),
  writeText: (path, text) => writeFileSync(path, text),
  listFolder: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
  isFolder: (path) => statOf(path)?.isDirectory() === true,
  isFile: (path) => statOf(path)?.isFile() === true,
  deflateRaw: deflateRawPieces,
  // On Node 20, crc32 of an empty array with no memory behind it (TextEncoder's of '') is 0, whatever came before
  // (zlib's answer for a null address; Node 24 gives the sum): no bytes leave the sum as it is.
  crc32: (data, crc = 0) => (data.length === 0 ? crc : crc32(data, crc)),
  encodeLatin1: (text) => Buffer.from(text, 'latin1'),
  digest: (algorithm, text) => createHash(algorithm).update(text).digest('hex'),
  loadModule: loadLibrary,
  wrapPdfkitFontkit,
};

/** A path's kind; none when it is missing or cannot be read. */
function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function toBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
