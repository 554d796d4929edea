import { md5, sha1 } from '@noble/hashes/legacy';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { Deflate, deflateSync } from 'fflate';
import { hasFile, listFiles, putFiles, readFileBytes } from './browser-files.js';
import { loadBundledModule, wrapBundledPdfkitFontkit } from './bundled-modules.js';
import { concatBytes } from './concat-bytes.js';
import { computeCrc32 } from './crc32.js';
import { encodeLatin1 } from './encode-latin1.js';
import type { Platform } from './types.js';

const decoder = new TextDecoder();

/**
 * A browser (the studio's Web Worker): files from memory (browser-files.ts), fflate's deflate, hashes from
 * @noble/hashes, and the libraries as the bundle holds them (bundled-modules.ts), pdfkit's fontkit wrapped as in the
 * CLI's bundle (fonts parsed once per worker, render/pdf/font-cache.ts).
 */
export const platform: Platform = {
  root: '/gramota',
  readText: (path) => decoder.decode(readFileBytes(path)),
  readBytes: readFileBytes,
  writeText: (path, text) => putFiles({ [path]: utf8ToBytes(text) }),
  listFolder: listFiles,
  isFolder: (path) => listFiles(path).length > 0,
  isFile: hasFile,
  deflateRaw: deflatePieces,
  crc32: computeCrc32,
  encodeLatin1,
  digest: (algorithm, text) => bytesToHex((algorithm === 'md5' ? md5 : sha1)(utf8ToBytes(text))),
  loadModule: loadBundledModule,
  wrapPdfkitFontkit: wrapBundledPdfkitFontkit,
};

/** fflate's deflate of the pieces one after another, streamed: no array of them all is made. */
function deflatePieces(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  if (pieces.length === 1) return deflateSync(pieces[0]!, { level: 6 }) as Uint8Array<ArrayBuffer>;
  const out: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  for (const piece of pieces) deflate.push(piece);
  deflate.push(new Uint8Array(0), true);
  return concatBytes(out);
}
