import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A compiled module of dist/, typed by its source in src/. */
function load<T>(path: string): Promise<T> {
  return import(pathToFileURL(join(dist, path)).href) as Promise<T>;
}

/**
 * gramota as its users run it: the compiled dist/ that `npm run build` makes (the bench makes it fresh first,
 * cli-build.ts), not src/ through tsx, whose transform wraps every closure in a naming call.
 */
export async function loadGramota() {
  const [cli, generate, kinds, markup, fileName, write, assemble, load_, validate, docx, pdf, resolve, hbs] =
    await Promise.all([
      load<typeof import('../../src/cli/write-package.js')>('cli/write-package.js'),
      load<typeof import('../../src/generate.js')>('generate.js'),
      load<typeof import('../../src/kinds/index.js')>('kinds/index.js'),
      load<typeof import('../../src/markup/parse.js')>('markup/parse.js'),
      load<typeof import('../../src/output/file-name.js')>('output/file-name.js'),
      load<typeof import('../../src/output/write.js')>('output/write.js'),
      load<typeof import('../../src/package/assemble.js')>('package/assemble.js'),
      load<typeof import('../../src/plan/load.js')>('plan/load.js'),
      load<typeof import('../../src/plan/validate.js')>('plan/validate.js'),
      load<typeof import('../../src/render/docx/index.js')>('render/docx/index.js'),
      load<typeof import('../../src/render/pdf/index.js')>('render/pdf/index.js'),
      load<typeof import('../../src/resolve/context.js')>('resolve/context.js'),
      load<typeof import('../../src/template/handlebars-env.js')>('template/handlebars-env.js'),
    ]);
  return {
    writePackage: cli.writePackage,
    generate: generate.generate,
    templateFolders: generate.templateFolders,
    toDocumentView: kinds.toDocumentView,
    parseMarkup: markup.parseMarkup,
    fileNameFor: fileName.fileNameFor,
    toSafeName: fileName.toSafeName,
    writePackageFolder: write.writePackageFolder,
    assemblePackage: assemble.assemblePackage,
    loadYaml: load_.loadYaml,
    validatePlan: validate.validatePlan,
    renderDocx: docx.renderDocx,
    createPdfRenderer: pdf.createPdfRenderer,
    createContext: resolve.createContext,
    loadTemplates: hbs.loadTemplates,
  };
}
