// Part of `npm run build`: the gramota command as one minified CommonJS file, dist/cli-bundle/main.js (and
// build-worker.js for worker threads), which bin/gramota.js loads with V8's code cache (src/cli/load-bundle.ts). One
// file parsed at once starts faster than ~300 modules found, read and linked one by one, and CommonJS, unlike an ES
// module, can be compiled from a code cache on Node 20. The library (dist/index.js) stays tsc's.
// The libraries pdfmake uses are bundled once, and gramota's adjustments patch those copies: the bundle's platform
// gives them through esbuild's `require` (src/platform/bundle-libraries.ts in place of node-libraries.ts).
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { toAsciiBundle } from './ascii-bundle.mjs';
import { inflateLinebreakTrie } from './linebreak-trie.mjs';
import { resolvePdfkitFontkit } from './pdfkit-fontkit.mjs';
import { computeSourceId, sourceIdFile } from './source-id.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** dist/cli-bundle, or the folder given (two levels below the package root: the platform finds the root so). */
const out = resolve(process.argv[2] ?? join(root, 'dist', 'cli-bundle'));
const require = createRequire(import.meta.url);
const pdfkitDir = dirname(require.resolve('pdfkit'));
const src = (...path) => join(root, 'src', ...path);

/** The lazily evaluated modules (nodeBundle), each with a module of the package that requires it. */
const lazyModules = {
  'unicode-properties': require.resolve('fontkit'),
  '@noble/ciphers/aes': require.resolve('pdfkit'),
};
const lazyFilter = /^(unicode-properties|@noble\/ciphers\/aes)$/;

const nodeBundle = {
  name: 'node-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/node-libraries\.js$/ }, (args) =>
      args.importer === src('platform', 'node.ts')
        ? { path: src('platform', 'bundle-libraries.ts') }
        : undefined,
    );
    resolvePdfkitFontkit(b);
    // fontkit's WOFF2 decompressor (gramota's fonts are TrueType) and zod's fifty message locales (gramota words its
    // messages itself): left out, as in the studio's bundle — ~770 KB of text every start would read.
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: src('platform', 'no-brotli.ts') }));
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`) ? { path: src('platform', 'zod-locales-en.ts') } : undefined,
    );
    // fontkit decodes three Unicode tries of its Arabic, Indic and universal shapers when loaded (~30 ms); Cyrillic and
    // Latin text never needs them. Each is built on its first lookup instead.
    b.onLoad({ filter: /[\\/]fontkit[\\/]dist[\\/]main\.cjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const trie =
        /^const (\$\w+\$var\$trie) = (new \(0, \(\$parcel\$interopDefault\(\$\w+\$unicodetrie\)\)\)\(.*\));$/gm;
      const lazySource = source.replace(
        trie,
        (_, name, make) =>
          `let ${name}$made; const ${name} = { get: (c) => (${name}$made ??= ${make}).get(c) };`,
      );
      const found = source.match(trie)?.length ?? 0;
      if (found !== 3) throw new Error(`fontkit: 3 shaper tries expected, ${found} found (a new version?)`);
      return { contents: lazySource, loader: 'js' };
    });
    // linebreak (pdfmake's word breaker) inflates its Unicode line-break classes twice when loaded, in JavaScript
    // that runs cold (~8 ms of every PDF build): the table is inflated here once, and the bundle holds it as it is.
    b.onLoad({ filter: /[\\/]linebreak[\\/]dist[\\/]main\.cjs$/ }, (args) => ({
      contents: inflateLinebreakTrie(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
    // Modules evaluated on first use of an export, not when their importer loads: unicode-properties decodes its
    // Unicode tables (~25 ms), needed only when fontkit shapes a run that kerning.ts does not set unshaped, or makes a
    // glyph for a code point that may be a mark (src/platform/unmarked-code-points.ts answers for the rest); pdfkit's
    // AES serves encrypted PDFs only. Each export becomes a getter that loads the module.
    const lazy = new Map(Object.entries(lazyModules).map(([name, importer]) => [name, dirname(importer)]));
    b.onResolve({ filter: lazyFilter }, (args) =>
      args.namespace !== 'file' || !lazy.has(args.path)
        ? undefined
        : { path: args.path, namespace: 'gramota-lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'gramota-lazy' }, (args) => {
      const keys = Object.keys(createRequire(join(lazy.get(args.path), 'x.js'))(args.path));
      return {
        contents: [
          'let loaded;',
          `const load = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          `for (const key of ${JSON.stringify(keys)})`,
          '  Object.defineProperty(module.exports, key, { enumerable: true, configurable: true, get: () => load()[key] });',
          // fontkit asks whether the code points of every glyph it makes are marks: most never need the tables.
          ...(args.path === 'unicode-properties'
            ? [
                `const { isUnmarkedCodePoint } = require(${JSON.stringify(src('platform', 'unmarked-code-points.ts'))});`,
                'const isMark = (codePoint) => !isUnmarkedCodePoint(codePoint) && load().isMark(codePoint);',
                "Object.defineProperty(module.exports, 'isMark', { enumerable: true, get: () => isMark });",
              ]
            : []),
        ].join('\n'),
        resolveDir: lazy.get(args.path),
        loader: 'js',
      };
    });
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  // load-bundle.js: what bin/gramota.js (CommonJS, so that Node 20 starts without its ES module loader) loads the
  // bundle with.
  entryPoints: {
    main: src('cli', 'main.ts'),
    'build-worker': src('cli', 'build-worker.ts'),
    'load-bundle': src('cli', 'load-bundle.ts'),
  },
  outdir: out,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // GRAMOTA_CLI_NOMINIFY=1 keeps the names, for a profile of a cold run (docs/speed.md).
  minify: process.env.GRAMOTA_CLI_NOMINIFY !== '1',
  legalComments: 'none',
  // ASCII only (ascii-bundle.mjs does what esbuild leaves): decoded without UTF-8, scanned as one-byte text.
  charset: 'ascii',
  logLevel: 'warning',
  plugins: [nodeBundle],
  // The sources are ES modules: import.meta.url is the bundle file's URL (the platform finds the package root from
  // it, the pool its worker). __dirname is the bundle's folder, where pdfkit finds its data/ (standard font metrics,
  // the sRGB profile of PDF/A) copied from its package.
  // (import.meta.resolve serves only a run from the TypeScript sources, never the bundle.)
  define: { 'import.meta': '__gramotaMeta' },
  banner: { js: "var __gramotaMeta={url:require('node:url').pathToFileURL(__filename).href};" },
});
for (const name of ['main.js', 'build-worker.js']) {
  const file = join(out, name);
  const text = toAsciiBundle(readFileSync(file, 'utf8'), file);
  // The hash of the text, which its code cache is checked by (src/cli/load-bundle.ts): computed here, not at every start.
  writeFileSync(file, `/*sha1:${createHash('sha1').update(text).digest('hex')}*/${text}`);
}
// The package is "type": "module"; these .js files are CommonJS.
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
// The sources the command is built from: `gramota studio` serves a page built from the same ones only (the page is
// built by build-web.mjs, which `npm run build` does not run).
writeFileSync(join(out, sourceIdFile), `${computeSourceId(root)}\n`);
cpSync(join(pdfkitDir, 'data'), join(out, 'data'), { recursive: true });
