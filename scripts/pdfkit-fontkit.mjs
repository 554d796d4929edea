// Shared by the CLI's and the studio's bundles (build-cli.mjs, build-web.mjs): pdfkit's `require('fontkit')` gets a
// copy of fontkit's exports, `gramota:pdfkit-fontkit`, which the platform fills with the wrapped functions
// (src/platform/bundled-modules.ts, wrapBundledPdfkitFontkit; render/pdf/font-cache.ts): each font is parsed once
// per process or worker, not once per PDF.
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';

const require = createRequire(import.meta.url);

/** Adds the resolution of pdfkit's fontkit to an esbuild plugin's setup. */
export function resolvePdfkitFontkit(b) {
  const pdfkitDir = dirname(require.resolve('pdfkit'));
  b.onResolve({ filter: /^fontkit$/ }, (args) =>
    args.importer.startsWith(pdfkitDir + sep) ? { path: 'pdfkit-fontkit', namespace: 'gramota' } : undefined,
  );
  b.onResolve({ filter: /^gramota:pdfkit-fontkit$/ }, () => ({
    path: 'pdfkit-fontkit',
    namespace: 'gramota',
  }));
  b.onLoad({ filter: /^pdfkit-fontkit$/, namespace: 'gramota' }, () => ({
    contents: "module.exports = Object.assign({}, require('fontkit'));",
    resolveDir: pdfkitDir,
    loader: 'js',
  }));
}
