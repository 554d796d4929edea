import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Modules = [
  typeof import('../../src/cli/write-package.js'),
  typeof import('../../src/generate.js'),
  typeof import('../../src/kinds/index.js'),
  typeof import('../../src/markup/parse.js'),
  typeof import('../../src/output/file-name.js'),
  typeof import('../../src/output/write.js'),
  typeof import('../../src/package/assemble.js'),
  typeof import('../../src/paths.js'),
  typeof import('../../src/plan/load.js'),
  typeof import('../../src/plan/validate.js'),
  typeof import('../../src/render/docx/index.js'),
  typeof import('../../src/render/pdf/index.js'),
  typeof import('../../src/resolve/context.js'),
  typeof import('../../src/template/handlebars-env.js'),
];

const paths = [
  'cli/write-package.js',
  'generate.js',
  'kinds/index.js',
  'markup/parse.js',
  'output/file-name.js',
  'output/write.js',
  'package/assemble.js',
  'paths.js',
  'plan/load.js',
  'plan/validate.js',
  'render/docx/index.js',
  'render/pdf/index.js',
  'resolve/context.js',
  'template/handlebars-env.js',
];

/**
 * gramota as its users run it: the compiled dist/ that `npm run build` makes (the bench makes it fresh first,
 * cli-build.ts), not src/ through tsx, whose transform wraps every closure in a naming call. Typed by the sources.
 */
export async function loadGramota() {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const modules = (await Promise.all(
    paths.map((path) => import(pathToFileURL(join(dist, path)).href)),
  )) as Modules;
  const [
    cli,
    generate,
    kinds,
    markup,
    fileName,
    write,
    assemble,
    paths_,
    load,
    validate,
    docx,
    pdf,
    resolve,
    hbs,
  ] = modules;
  return {
    writePackage: cli.writePackage,
    generate: generate.generate,
    toDocumentView: kinds.toDocumentView,
    parseMarkup: markup.parseMarkup,
    fileNameFor: fileName.fileNameFor,
    toSafeName: fileName.toSafeName,
    removeStaleTemporaries: write.removeStaleTemporaries,
    writeAtomically: write.writeAtomically,
    assemblePackage: assemble.assemblePackage,
    templatesDir: paths_.templatesDir,
    loadYaml: load.loadYaml,
    validatePlan: validate.validatePlan,
    renderDocx: docx.renderDocx,
    renderPdf: pdf.renderPdf,
    createContext: resolve.createContext,
    loadTemplates: hbs.loadTemplates,
  };
}
