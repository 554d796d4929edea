import { md5, sha1 } from '@noble/hashes/legacy';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { deflateSync } from 'fflate';
import { hasFile, listFiles, putFiles, readFileBytes } from './browser-files.js';
import { computeCrc32 } from './crc32.js';
import type { LibraryModule, Platform } from './types.js';

/**
 * A browser (the studio's Web Worker): files from memory (browser-files.ts), fflate's deflate, hashes from
 * @noble/hashes, and the libraries as the bundle holds them. `require` here is the bundler's: esbuild puts each
 * module in the bundle and gives its CommonJS exports, as Node's require would.
 */
const modules: Record<LibraryModule, () => unknown> = {
  pdfkit: () => require('pdfkit'),
  fontkit: () => require('fontkit'),
  'pdfmake/js/ElementWriter.js': () => require('pdfmake/js/ElementWriter.js'),
  'pdfmake/js/LayoutBuilder.js': () => require('pdfmake/js/LayoutBuilder.js'),
  'pdfmake/js/TableProcessor.js': () => require('pdfmake/js/TableProcessor.js'),
  'pdfmake/js/Line.js': () => require('pdfmake/js/Line.js'),
  'cyrillic-to-translit-js': () => require('cyrillic-to-translit-js'),
  'hyphen/ru/index.js': () => require('hyphen/ru/index.js'),
};

const decoder = new TextDecoder();

export const platform: Platform = {
  root: '/gramota',
  readText: (path) => decoder.decode(readFileBytes(path)),
  readBytes: readFileBytes,
  writeText: (path, text) => putFiles({ [path]: utf8ToBytes(text) }),
  listFolder: listFiles,
  isFolder: (path) => listFiles(path).length > 0,
  isFile: hasFile,
  deflateRaw: (data) => deflateSync(data, { level: 6 }) as Uint8Array<ArrayBuffer>,
  crc32: computeCrc32,
  digest: (algorithm, text) => bytesToHex((algorithm === 'md5' ? md5 : sha1)(utf8ToBytes(text))),
  loadModule: <T>(name: LibraryModule) => modules[name]() as T,
  wrapPdfkitFontkit: () => {},
};
