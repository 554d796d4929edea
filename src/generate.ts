import { toDocumentView } from './kinds/index.js';
import type { DocumentModel } from './model/schema.js';
import { fileNameFor } from './output/file-name.js';
import { templatesDir } from './paths.js';
import { parsePlan } from './plan/parse-plan.js';
import type { Plan } from './plan/schema/plan.js';
import { createContext } from './resolve/context.js';
import { toModel } from './template/to-model.js';

export type Format = 'docx' | 'pdf';

export type GenerateOptions = {
  /** Name of the plan file, used in error messages (plan.yaml:14:9: …). */
  readonly file?: string;
  readonly formats?: readonly Format[];
  /** Build only the document with this id. */
  readonly only?: string;
  /** Creation time written into the files; fixed for byte-identical output (SOURCE_DATE_EPOCH). */
  readonly createdAt?: Date;
  readonly templatesDir?: string;
};

export type GeneratedDocument = {
  readonly id: string;
  readonly title: string;
  /** Safe transliterated file name without extension, unique within the package. */
  readonly fileName: string;
  readonly model: DocumentModel;
  readonly docx?: Uint8Array;
  readonly pdf?: Uint8Array;
};

/** The whole pipeline (README, «Архитектура»): plan text → DOCX and PDF of every document. */
export async function generate(source: string, options: GenerateOptions = {}): Promise<GeneratedDocument[]> {
  const plan = parsePlan(source, options.file ?? 'plan.yaml'); // 1–2. load, validate
  return renderDocuments(buildModels(plan, options), options.formats ?? ['docx', 'pdf']); // 3–6.
}

/** Stages 3–5: resolve each document to a view, fill its template, parse the markup into the model. */
export function buildModels(
  plan: Plan,
  options: GenerateOptions = {},
): { id: string; title: string; model: DocumentModel }[] {
  const ctx = createContext(plan);
  const createdAt = (options.createdAt ?? new Date()).toISOString();
  return plan.documents
    .map((doc, i) => toDocumentView(doc, i, ctx))
    .filter((view) => options.only === undefined || view.id === options.only)
    .map((view) => ({
      id: view.id,
      title: view.title,
      model: toModel(view, { templatesDir: options.templatesDir ?? templatesDir, createdAt }),
    }));
}

/** Stage 6: each model to bytes; docx and pdfmake load only when their format is asked for. */
async function renderDocuments(
  built: readonly { id: string; title: string; model: DocumentModel }[],
  formats: readonly Format[],
): Promise<GeneratedDocument[]> {
  const docx = formats.includes('docx') ? (await import('./render/docx/index.js')).renderDocx : undefined;
  const pdf = formats.includes('pdf') ? (await import('./render/pdf/index.js')).renderPdf : undefined;
  const names = fileNameFor(built.map((b) => b.title));
  return Promise.all(
    built.map(async (b, i) => ({
      ...b,
      fileName: names[i]!,
      ...(docx ? { docx: await docx(b.model) } : {}),
      ...(pdf ? { pdf: await pdf(b.model) } : {}),
    })),
  );
}
