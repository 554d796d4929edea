import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Block } from '../../src/model/schema.js';
import type { BuiltDocument } from '../../src/package/assemble.js';
import type { Plan } from '../../src/plan/schema/plan.js';
import { loadGramota } from './gramota-dist.js';
import { createStopwatch, type Measured, measureLaps } from './stopwatch.js';

const {
  writePackage,
  generate,
  toDocumentView,
  parseMarkup,
  fileNameFor,
  toSafeName,
  writePackageFolder,
  assemblePackage,
  templateFolders,
  loadYaml,
  validatePlan,
  renderDocx,
  createPdfRenderer,
  createContext,
  loadTemplates,
} = await loadGramota();

/** What a gramota measurement gets: the plan text, a name for its files and an empty output folder. */
export type GramotaInput = { readonly source: string; readonly name: string; readonly out: string };

/**
 * gramota end to end, one stage at a time, doing exactly what generate() (src/generate.ts: parsePlan, buildModels,
 * assemblePackage, renderFiles) and the CLI's writePackage (src/cli/write-package.ts) do, in the same order.
 */
export async function measureStages({ source, name, out }: GramotaInput): Promise<Measured> {
  const watch = createStopwatch();
  const valid = toValidPlan(watch, source, name);
  const ctx = watch.time('resolve', () => createContext(valid));
  const createdAt = new Date().toISOString();
  const templates = templateFolders(valid, {});
  const built = valid.documents.map((doc, i): BuiltDocument => {
    const view = watch.time('resolve', () => toDocumentView(doc, i, ctx));
    const prebuilt: Block[] = []; // the blocks of native partials (src/template/native-partials.ts), as toModel
    const markup = watch.time('template', () =>
      loadTemplates(templates).render(view.template, view.view, prebuilt),
    );
    const parsed = watch.time('parse', () => parseMarkup(markup, { createdAt }, prebuilt));
    if (!('model' in parsed)) throw new Error(`${name}: the markup of ${view.id} does not parse`);
    return { id: view.id, title: view.title, model: parsed.model };
  });
  const files = watch.time('package', () => assemblePackage(valid, built));
  const names = watch.time('package', () =>
    fileNameFor(
      files.map((f) => f.title),
      files.flatMap((f, i) => (f.kind === 'package' ? [i] : [])),
    ),
  );
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  const renderPdf = createPdfRenderer();
  for (const [i, file] of files.entries()) {
    if (file.kind === 'document')
      outputs.push({
        name: `${names[i]}.docx`,
        bytes: await watch.timeAsync('docx', () => renderDocx(file.model)),
      });
    outputs.push({
      name: `${names[i]}.pdf`,
      bytes: await watch.timeAsync('pdf', () => renderPdf(file.model)),
    });
  }
  watch.time('write', () => {
    const written = writePackageFolder(join(out, toSafeName(name)), outputs);
    if ('problem' in written) throw new Error(written.problem.message);
  });
  return { stages: watch.stages, cpu: watch.cpu, bytes: outputs.reduce((sum, o) => sum + o.bytes.length, 0) };
}

/**
 * Stages 1–2 in a function of their own, as in parsePlan: the parsed YAML document (every node with its position)
 * is garbage once the plan is valid, so the stage run keeps no more alive through rendering than generate() does.
 */
function toValidPlan(watch: ReturnType<typeof createStopwatch>, source: string, name: string): Plan {
  const loaded = watch.time('load', () => loadYaml(source, `${name}.yaml`));
  if (Array.isArray(loaded)) throw new Error(`${name}: the plan does not load`);
  const plan = watch.time('validate', () =>
    validatePlan(loaded as Exclude<typeof loaded, readonly unknown[]>),
  );
  if (Array.isArray(plan)) throw new Error(`${name}: the plan is not valid`);
  return plan as Plan;
}

/** The plain generate() call, then the CLI's writing of its files: the reference the stage sum is checked against. */
export async function measureGenerate({ source, name, out }: GramotaInput): Promise<Measured> {
  const watch = createStopwatch();
  const documents = await watch.timeAsync('generate', () => generate(source, { file: `${name}.yaml` }));
  const { written, problems } = watch.time('write', () => writePackage(documents, out, name, out));
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  return {
    stages: watch.stages,
    cpu: watch.cpu,
    bytes: documents.reduce((s, d) => s + (d.docx?.length ?? 0) + (d.pdf?.length ?? 0), 0),
    files: written.length,
  };
}

/** generate() of the same plan after a first call in the same process: the median of `times` warm calls. */
export function measureWarm({ source, name }: GramotaInput, times = 10): Promise<Measured> {
  return measureLaps(() => generate(source, { file: `${name}.yaml` }), times);
}

/** Builds of the studio before its preview is measured: a few keystrokes of a user who has begun to type. */
const previewWarmUp = 5;

/**
 * The studio's preview as a user types: the PDF alone (the studio shows PDF pages; DOCX comes with the download),
 * of the plan with the text of its first activity changed before each call; the median of `times` calls after
 * `previewWarmUp` in the same process.
 */
export async function measurePreview({ source, name }: GramotaInput, times = 10): Promise<Measured> {
  const edits = Array.from({ length: times + previewWarmUp }, (_, i) => editFirstActivity(source, i));
  let call = 0;
  const build = () => generate(edits[call++]!, { file: `${name}.yaml`, formats: ['pdf'], draft: true });
  for (let i = 1; i < previewWarmUp; i++) await build();
  return measureLaps(build, times);
}

/** The plan with « (правка N)» after the text of the first activity of its first document. */
function editFirstActivity(source: string, n: number): string {
  const plan = parse(source) as { documents: { items: { activity: string }[] }[] };
  const first = plan.documents[0]!.items[0]!;
  first.activity = `${first.activity} (правка ${n})`;
  return stringify(plan);
}
