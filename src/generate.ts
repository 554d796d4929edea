import { resolve } from 'node:path';
import { type Problem, UserError } from './errors.js';
import { toDocumentView } from './kinds/index.js';
import { typographAhead } from './language/typography.js';
import { text } from './messages.js';
import { hasContents, withContentsEntries } from './model/contents.js';
import type { DocumentModel, Section } from './model/schema.js';
import { fileNameFor } from './output/file-name.js';
import { assemblePackage, type BuiltDocument, type PackageFile } from './package/assemble.js';
import { templatesDir } from './paths.js';
import { isFolder } from './plan/check-templates.js';
import {
  listOrganizationWordWarnings,
  mergeWordWarnings,
  type OrganizationWordWarnings,
} from './plan/organization-word-warnings.js';
import { parsePlan } from './plan/parse-plan.js';
import { listPlanTexts } from './plan/plan-texts.js';
import { toPlanWarnings } from './plan/plan-warnings.js';
import type { Plan } from './plan/schema/plan.js';
import { toOrganizationPlans } from './plan/variants.js';
import { balanceCentredLines } from './render/balanced-lines.js';
import { needsPagination } from './render/needs-pagination.js';
import type { PdfRenderer } from './render/pdf/index.js';
import type { SectionCache } from './render/pdf/section-cache.js';
import { keepQuotedNamesWhole } from './render/requisite-lines.js';
import { fitTableSizes } from './render/table-size-rule.js';
import { keepWordsWhole } from './render/whole-words.js';
import { createContext } from './resolve/context.js';
import { toModel } from './template/to-model.js';

export type Format = 'docx' | 'pdf';

export type GenerateOptions = {
  /** Name of the plan file, used in error messages (plan.yaml:14:9: …). */
  readonly file?: string;
  readonly formats?: readonly Format[];
  /** Build only the document with this id (an order still carries its appendices). */
  readonly only?: string;
  /** Creation time written into the files; fixed for byte-identical output (SOURCE_DATE_EPOCH). */
  readonly createdAt?: Date;
  readonly templatesDir?: string;
  /** The plan file's folder: `settings.templates` is a path from it (default: the working folder). */
  readonly baseDir?: string;
  /**
   * Told each warning: the files are built, but a word is wider than its column (plan/word-warnings.ts) or the plan
   * says what is rarely meant (plan/plan-warnings.ts).
   */
  readonly warn?: (warning: Problem) => void;
  /**
   * PDFs for the screen only (the studio's preview): their streams are not compressed, which makes them faster to
   * write and to read, and larger. Never for a file a user keeps.
   */
  readonly draft?: boolean;
  /**
   * Kept by a caller that builds again and again (the studio): the PDF of a section whose content an earlier build
   * rendered comes from here, not from a new layout (render/pdf/section-cache.ts, createSectionCache).
   */
  readonly cache?: SectionCache;
};

export type GeneratedDocument = {
  readonly id: string;
  readonly title: string;
  /** `document`, or `package`: every document in plan order in one PDF. */
  readonly kind: PackageFile['kind'];
  /** Safe transliterated file name without extension, unique within the package. */
  readonly fileName: string;
  /** A network project: the organisation's folder in the package (plan/variants.ts); none otherwise. */
  readonly folder?: string;
  /** With a folder: the organisation's short name (or its name), as a reader knows it («МБОУ «Школа № 91»»). */
  readonly organization?: string;
  readonly model: DocumentModel;
  readonly docx?: Uint8Array;
  readonly pdf?: Uint8Array;
};

/** The whole pipeline (README, «Архитектура»): plan text → DOCX and PDF of every document of the package. */
export function generate(source: string, options: GenerateOptions = {}): Promise<GeneratedDocument[]> {
  return generatePackages(source, options, (model) => ({ model }));
}

/** A built file without its model: what the command writes. */
export type GeneratedFile = Omit<GeneratedDocument, 'model'>;

/**
 * The pipeline as `generate`, keeping only the files' bytes: a model, and all that was measured and cached of it
 * (render/set-text.ts, hyphenated.ts), can then be freed while its PDF is laid out, which lowers the peak memory
 * of a big plan (docs/speed.md, «Память»).
 */
export function generateFiles(source: string, options: GenerateOptions = {}): Promise<GeneratedFile[]> {
  return generatePackages(source, options, () => ({}));
}

async function generatePackages<T extends object>(
  source: string,
  options: GenerateOptions,
  keep: (model: DocumentModel) => T,
): Promise<(GeneratedFile & T)[]> {
  const plan = parsePlan(source, options.file ?? 'plan.yaml', options.baseDir); // 1–2. load, validate
  if (options.warn) toPlanWarnings(plan, source, options.file ?? 'plan.yaml').forEach(options.warn);
  options.cache?.startBuild();
  const warnings: OrganizationWordWarnings[] = [];
  // A network project builds the package once per organisation (plan/variants.ts), each into its folder.
  const packages = toOrganizationPlans(plan).map(({ folder, plan: own }, position) => {
    const built = buildModels(own, options); // 3–5. resolve, template, parse
    if (options.warn)
      warnings.push(
        listOrganizationWordWarnings(source, options.file ?? 'plan.yaml', plan, position, { folder, built }),
      );
    // Returned, not awaited: this function's frame, which holds the models, ends before they are rendered.
    const files = assemblePackage(own, built, options.only);
    return renderFiles(files, options.formats ?? ['docx', 'pdf'], keep, options) // 6. render
      .then((rendered) => {
        if (folder === '') return rendered;
        const organization = own.organization.short_name ?? own.organization.name;
        return rendered.map((file) => ({ ...file, folder, organization }));
      });
  });
  // Told once all organisations are built (none of them awaits before): a warning they all have, once.
  if (options.warn) mergeWordWarnings(warnings).forEach(options.warn);
  return (await Promise.all(packages)).flat();
}

/**
 * Stages 3–5 for every document: resolve to a view, fill its template, parse the markup into the model; then the
 * size of each table's text (render/table-size-rule.ts), its words hyphenated only where that saves a row a line (render/whole-words.ts), the breaks of long centred lines (render/balanced-lines.ts)
 * and of the head's requisites (render/requisite-lines.ts), which both renderers take from the model.
 */
export function buildModels(plan: Plan, options: GenerateOptions = {}): BuiltDocument[] {
  typographAhead(listPlanTexts(plan)); // all at once: far faster than text by text
  const ctx = createContext(plan);
  const createdAt = (options.createdAt ?? new Date()).toISOString();
  const templates = templateFolders(plan, options);
  return ctx.plan.documents.map((doc, i) => {
    const view = toDocumentView(doc, i, ctx);
    const filled = keepWordsWhole(fitTableSizes(toModel(view, { templatesDir: templates, createdAt })));
    const model = keepQuotedNamesWhole(balanceCentredLines(filled));
    return { id: view.id, title: view.title, model: withContentsEntries(model) };
  });
}

/** Whether a section's model takes something from its PDF layout (the renderer's paginate). */
function isPageDependent(section: Section): boolean {
  return hasContents(section) || needsPagination(section);
}

/** A user's templates folder (settings.templates) before the built-in one, which fills in what it lacks. */
export function templateFolders(plan: Plan, options: GenerateOptions): string[] {
  const own = plan.settings?.templates;
  const builtIn = options.templatesDir ?? templatesDir;
  if (own === undefined) return [builtIn];
  const dir = resolve(options.baseDir ?? '.', own);
  // parsePlan reports this at its line; a plan built some other way still gets the message.
  if (!isFolder(dir))
    throw new UserError([{ code: 'template-error', message: text.templatesFolderMissing(dir) }]);
  return [dir, builtIn];
}

/**
 * Stage 6: each file to bytes; docx and pdfmake load only when asked for. The package is a PDF only. A file with a
 * contents, or whose tables merge cells down or have rows tall enough to break, is first paginated: the PDF layout
 * says on which page each heading starts and where pages start, and the model both formats render gets the page
 * numbers of its contents, restarts the merges there and moves a row break that would leave a lone line
 * (render/pdf/contents-pages.ts, paginate.ts, render/needs-pagination.ts), so that needs pdfmake even for a DOCX alone.
 */
async function renderFiles<T extends object>(
  files: readonly PackageFile[],
  formats: readonly Format[],
  keep: (model: DocumentModel) => T,
  { draft, cache }: Pick<GenerateOptions, 'draft' | 'cache'>,
): Promise<(GeneratedFile & T)[]> {
  const docx = formats.includes('docx') ? (await import('./render/docx/index.js')).renderDocx : undefined;
  const layout =
    formats.includes('pdf') || files.some((f) => f.model.sections.some(isPageDependent))
      ? (await import('./render/pdf/index.js')).createPdfRenderer({
          compress: draft !== true,
          draws: formats.includes('pdf'),
          cache,
        })
      : undefined;
  const pdf = formats.includes('pdf') ? layout : undefined;
  const names = fileNameFor(
    files.map((f) => f.title),
    files.flatMap((f, i) => (f.kind === 'package' ? [i] : [])),
  );
  // Each file's rendering is handed its model and nothing holds the files once it has started (renderFile), so that,
  // with `keep` not keeping it, a model and what was measured of it are freed while its PDF is laid out.
  const rendering = files.map((file, i) => renderFile(file, names[i]!, { docx, layout, pdf }, keep));
  return Promise.all(rendering).then((rendered) => rendered.filter((f) => f.docx || f.pdf));
}

type Renderers = {
  readonly docx: ((model: DocumentModel) => Promise<Uint8Array>) | undefined;
  readonly layout: PdfRenderer | undefined;
  readonly pdf: PdfRenderer | undefined;
};

/**
 * One file: paginated (6a), then its DOCX, then its PDF. No frame waits on the model: each renderer reads it
 * synchronously when it starts, the PDF's start waits for the DOCX, and the layout of the PDF (the peak of memory)
 * and the zip of a DOCX alone run with the model freed when `keep` does not keep it.
 */
async function renderFile<T extends object>(
  { model: assembled, ...file }: PackageFile,
  fileName: string,
  { docx, layout, pdf }: Renderers,
  keep: (model: DocumentModel) => T,
): Promise<GeneratedFile & T> {
  const model = layout ? await layout.paginate(assembled) : assembled;
  const done = { ...file, ...keep(model), fileName };
  const docxBytes = docx && file.kind === 'document' ? docx(model) : undefined;
  const pdfBytes = pdf ? (docxBytes ?? Promise.resolve()).then(() => pdf(model)) : undefined;
  return withBytes(done, docxBytes, pdfBytes);
}

async function withBytes<T extends GeneratedFile>(
  done: T,
  docx: Promise<Uint8Array> | undefined,
  pdf: Promise<Uint8Array> | undefined,
): Promise<T> {
  const [docxBytes, pdfBytes] = await Promise.all([docx, pdf]); // both handled, should the DOCX fail
  return { ...done, ...(docxBytes ? { docx: docxBytes } : {}), ...(pdfBytes ? { pdf: pdfBytes } : {}) };
}
