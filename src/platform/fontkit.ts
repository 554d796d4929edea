import { createRequire, Module } from 'node:module';

/**
 * fontkit as `require` resolves it, with its WOFF2 decompressor (brotli) loaded only when first called. fontkit
 * requires brotli up front, and brotli decodes its 120 KB dictionary as it loads — 20–40 ms of every cold build —
 * while the fonts gramota embeds are TrueType and never need it. A placeholder in Node's module cache stands in for
 * brotli until then, and the real module replaces it on the first call.
 */
export function requireFontkit<T>(require: NodeJS.Require): T {
  deferBrotli(createRequire(require.resolve('fontkit')));
  return require('fontkit') as T;
}

function deferBrotli(require: NodeJS.Require): void {
  let path: string;
  try {
    path = require.resolve('brotli/decompress.js');
  } catch {
    return; // fontkit without brotli: nothing to defer
  }
  if (require.cache[path]) return;
  let decompress: ((...args: unknown[]) => unknown) | undefined;
  const placeholder = new Module(path);
  placeholder.filename = path;
  placeholder.loaded = true;
  placeholder.exports = (...args: unknown[]) => {
    if (!decompress) {
      delete require.cache[path];
      decompress = require(path) as (...args: unknown[]) => unknown;
    }
    return decompress(...args);
  };
  require.cache[path] = placeholder;
}
