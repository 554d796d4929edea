// The library surface of gramota: re-exports only.
export { type Io, run } from './cli/main.js';
export { type ErrorCode, type Problem, UserError } from './errors.js';
export {
  buildModels,
  type Format,
  type GeneratedDocument,
  type GenerateOptions,
  generate,
} from './generate.js';
export { type ImportOptions, type ImportResult, importDocx } from './import/import-docx.js';
export { importDocxInto } from './import/merge-plan.js';
export type { DocumentModel } from './model/schema.js';
export { toPlanJsonSchema } from './plan/json-schema.js';
export { parsePlan } from './plan/parse-plan.js';
export { type Plan, planSchema } from './plan/schema/plan.js';
export { renderDocx, toDocx } from './render/docx/index.js';
export { createPdfRenderer, renderPdf, toPdfDefinition } from './render/pdf/index.js';
export { createSectionCache, type SectionCache } from './render/pdf/section-cache.js';
