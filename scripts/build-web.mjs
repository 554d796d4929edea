// `npm run build:web`: the studio, a static site in dist/web/ (README, «Студия»). The page and its Web Worker are
// bundled by esbuild with the browser platform (src/platform/browser.ts) in place of Node's; the built-in templates,
// their build bundle (dist/templates.json, from `npm run build`) and the fonts are copied under assets/ and listed in
// assets/files.json, which the worker loads. Every URL is relative: any static host can serve the folder.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseDocument } from 'yaml';
import { resolvePdfkitFontkit } from './pdfkit-fontkit.mjs';
import { computeSourceId, sourceIdFile } from './source-id.mjs';
import { isStudioArchiveCurrent, listStudioFonts, studioFontsArchive } from './studio-fonts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** dist/web, or the folder given (the browser tests build into a temporary one). */
const out = resolve(process.argv[2] ?? join(root, 'dist', 'web'));
const require = createRequire(import.meta.url);
const platformRoot = '/gramota'; // src/platform/browser.ts

if (!existsSync(join(root, 'dist', 'templates.json'))) {
  console.error('build:web: нет dist/templates.json — сначала npm run build');
  process.exit(1);
}
// tsc compiles src/ into dist/; were Node code to import src/web/, its compiled files would land here and be lost.
if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.d.ts'))) {
  console.error(
    'build:web: в dist/web лежит скомпилированный код — src/web/ не должен импортироваться кодом Node',
  );
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

/** The files the worker puts in memory: their path in the platform → their URL under assets/. */
const manifest = {};
const copy = (from, url, platformPath) => {
  mkdirSync(dirname(join(out, 'assets', url)), { recursive: true });
  copyFileSync(from, join(out, 'assets', url));
  manifest[platformPath] = url;
};
for (const file of listFiles(join(root, 'templates'))) {
  const path = relative(root, file).split('\\').join('/');
  copy(file, path, `${platformRoot}/${path}`);
}
copy(join(root, 'dist', 'templates.json'), 'templates.json', `${platformRoot}/dist/templates.json`);
// The fonts in one xz archive (scripts/pack-studio-fonts.mjs): 557 KB to download instead of 835 KB of the four files
// gzipped. The worker unpacks it and cuts it into the files by their sizes, listed here in the archive's order.
if (!(await isStudioArchiveCurrent())) {
  console.error('build:web: src/web/fonts.xz не совпадает со шрифтами fonts/*.ttf — npm run fonts:studio');
  process.exit(1);
}
mkdirSync(join(out, 'assets', 'fonts'), { recursive: true });
copyFileSync(studioFontsArchive, join(out, 'assets', 'fonts', 'fonts.xz'));
const archives = [
  {
    url: 'fonts/fonts.xz',
    files: listStudioFonts().map((f) => [`${platformRoot}/fonts/${f.name}`, f.size]),
  },
];
// pdfkit opens Helvetica as every document's first font; gramota never draws with it, so its kerning pairs (most
// of the file) are left out.
const afm = readFileSync(join(dirname(require.resolve('pdfkit')), 'data', 'Helvetica.afm'), 'latin1');
mkdirSync(join(out, 'assets', 'pdfkit'), { recursive: true });
const metrics = afm.replace(/StartKernData[\s\S]*EndKernData\r?\n/, '');
writeFileSync(join(out, 'assets', 'pdfkit', 'Helvetica.afm'), metrics, 'latin1');
manifest['/pdfkit/data/Helvetica.afm'] = 'pdfkit/Helvetica.afm';
// The sRGB profile of the PDF/A output intent (render/pdf: every PDF is PDF/A-2b), 3 KB.
copyFileSync(
  join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc'),
  join(out, 'assets', 'pdfkit', 'sRGB.icc'),
);
manifest['/pdfkit/data/sRGB_IEC61966_2_1.icc'] = 'pdfkit/sRGB.icc';
writeFileSync(join(out, 'assets', 'files.json'), JSON.stringify({ files: manifest, archives }));
writeStarters(join(out, 'assets', 'starters'));
copyFileSync(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), join(out, 'pdf.worker.mjs'));
copyFileSync(join(root, 'fonts', 'LICENSE.txt'), join(out, 'assets', 'fonts', 'LICENSE.txt'));

const platformFile = (name) => join(root, 'src', 'platform', name);
/**
 * The browser platform in place of Node's (src/platform/index.ts re-exports ./node.js), and pdfmake's own modules,
 * not its prebuilt browser file: gramota adjusts them (src/render/pdf/justify.ts, kerning.ts), so the studio lays
 * pages out exactly as the CLI does.
 */
const browserPlatform = {
  name: 'browser-platform',
  setup(b) {
    b.onResolve({ filter: /^\.\/node\.js$/ }, (args) =>
      args.importer === platformFile('index.ts') ? { path: platformFile('browser.ts') } : undefined,
    );
    b.onResolve({ filter: /^pdfmake$/ }, () => ({ path: require.resolve('pdfmake/js/index.js') }));
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`) ? { path: platformFile('zod-locales-en.ts') } : undefined,
    );
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({
      path: platformFile('no-brotli.ts'),
    }));
    resolvePdfkitFontkit(b);
    const unused = { path: platformFile('browser-unused.ts') };
    b.onResolve(
      { filter: /^(@noble\/ciphers\/aes|@noble\/hashes\/sha2|source-map|xmldoc|stream\/web)$/ },
      () => unused,
    );
    b.onResolve({ filter: /(svg-to-pdfkit|qrEnc\.js)$/ }, (args) =>
      args.importer.includes('pdfmake') ? unused : undefined,
    );
  },
};
const common = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  // GRAMOTA_WEB_NOMINIFY=1 keeps the names, for a profile of the studio (docs/speed.md, «Восьмой шаг»).
  minify: process.env.GRAMOTA_WEB_NOMINIFY !== '1',
  legalComments: 'external',
  logLevel: 'warning',
  metafile: true,
  charset: 'utf8',
};
// The page and its worker in one build: ES modules, whose shared code (yaml, fflate, the messages) is one chunk
// that both load, so the site carries it once. The page never imports the platform, so its aliases do not reach it.
const built = await build({
  ...common,
  entryPoints: {
    app: join(root, 'src', 'web', 'page', 'main.ts'),
    worker: join(root, 'src', 'web', 'worker', 'index.ts'),
  },
  outdir: out,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [browserPlatform],
  alias: {
    fs: platformFile('browser-fs.ts'),
    zlib: platformFile('browser-zlib.ts'),
    // png-js's browser build (pdfkit's PNG images; gramota draws none).
    'browserify-zlib': platformFile('browser-zlib.ts'),
    // pdfkit's document class extends stream.Readable; gramota keeps its bytes without reading the stream.
    stream: platformFile('browser-stream.ts'),
    path: 'path-browserify',
    'node:path': 'path-browserify',
  },
  inject: [platformFile('browser-globals.ts')],
  define: { __dirname: '"/pdfkit"', global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
});
// GRAMOTA_META=file: esbuild's account of what each output holds, for looking into the site's size.
if (process.env.GRAMOTA_META) writeFileSync(process.env.GRAMOTA_META, JSON.stringify(built.metafile));
copyFileSync(join(root, 'src', 'web', 'index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'src', 'web', 'studio.css'), join(out, 'studio.css'));
// The sources the page is built from: `gramota studio` serves it only to the command built from the same ones.
writeFileSync(join(out, sourceIdFile), `${computeSourceId(root)}\n`);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * «Новый план» (src/web/starters.ts): a roadmap; an order with its roadmap (the package plan's first order and the
 * roadmap it approves); the package of documents; a passport; a programme. Taken from data/ with their comments, but
 * for the first line, which points VS Code to ../plan.schema.json: a plan started in the browser is saved wherever its
 * user puts it.
 */
function writeStarters(dir) {
  mkdirSync(dir, { recursive: true });
  const read = (name) =>
    readFileSync(join(root, 'data', name), 'utf8').replace(/^# yaml-language-server:.*\n/, '');
  writeFileSync(join(dir, 'roadmap.yaml'), read('chita-mentoring-roadmap.yaml'));
  writeFileSync(join(dir, 'package.yaml'), read('chita-mentoring-package.yaml'));
  writeFileSync(join(dir, 'passport.yaml'), read('yaroslavl-passport.yaml'));
  writeFileSync(join(dir, 'programme.yaml'), read('chapaevsk-programme.yaml'));
  const order = parseDocument(read('chita-mentoring-package.yaml'));
  // Its first line says what it is: not the whole package it is taken from.
  order.commentBefore =
    ' Пример: приказ об утверждении дорожной карты и сама дорожная карта ГАПОУ «ЧПК» (2020)';
  const documents = order.get('documents');
  documents.items = documents.items.filter((d) =>
    ['order-roadmap', 'mentoring-roadmap'].includes(d.get('id')),
  );
  writeFileSync(
    join(dir, 'order-roadmap.yaml'),
    order.toString({ lineWidth: 0, flowCollectionPadding: false }),
  );
}
