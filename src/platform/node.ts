import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { requireFontkit } from './fontkit.js';
import type { LibraryModule, Platform } from './types.js';

const require = createRequire(import.meta.url);

/** Node: the file system, native zlib, and libraries through `require` (this file is src/platform or dist/platform). */
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
  deflateRaw: (data) => new Uint8Array(deflateRawSync(data, { level: 6 })),
  crc32: (data) => crc32(data),
  digest: (algorithm, text) => createHash(algorithm).update(text).digest('hex'),
  loadModule: <T>(name: LibraryModule) =>
    name === 'fontkit' ? requireFontkit<T>(require) : (require(name) as T),
  wrapPdfkitFontkit: (wrap) => {
    // The fontkit module pdfkit requires, swapped in Node's module cache before pdfmake loads pdfkit.
    const fromPdfkit = createRequire(require.resolve('pdfkit'));
    const fontkit = requireFontkit<object>(fromPdfkit);
    const cached = fromPdfkit.cache[fromPdfkit.resolve('fontkit')];
    if (cached) cached.exports = wrap(fontkit);
  },
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
