// One measurement in a fresh process (spawned by run-worker.ts): load the modules it needs (timed apart), make
// the FIRST call of the measured function, and write the times and this process's peak RSS to a JSON file.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FloorContent } from './content.js';
import { createStopwatch, type Measured, measureLaps } from './stopwatch.js';

/** What is measured; gramota kinds read a plan, the floor kinds read a FloorContent JSON. */
export type MeasureKind =
  | 'stages'
  | 'generate'
  | 'warm'
  | 'preview'
  | 'warm-floor'
  | 'docx'
  | 'pdfmake'
  | 'docxtemplater';

export type Job = {
  readonly kind: MeasureKind;
  /** The plan (.yaml) or the FloorContent (.json) file. */
  readonly input: string;
  readonly name: string;
  /** An empty folder the measurement may write into. */
  readonly out: string;
  readonly fontsDir: string;
  /** Where the WorkerResult goes. */
  readonly result: string;
};

export type WorkerResult = Measured & {
  readonly kind: MeasureKind;
  readonly moduleMs: number;
  readonly maxRssKb: number;
};

type Runner = (job: Job) => Promise<Measured>;

/** Imports what a kind needs and returns the measurement; this part is timed as module loading. */
async function loadRunner(kind: MeasureKind): Promise<Runner> {
  const readContent = (job: Job) => JSON.parse(readFileSync(job.input, 'utf8')) as FloorContent;
  const readPlan = (job: Job) => ({ source: readFileSync(job.input, 'utf8'), name: job.name, out: job.out });
  const timeOne = async (fn: () => Promise<Uint8Array>): Promise<Measured> => {
    const watch = createStopwatch();
    const bytes = await watch.timeAsync(kind, fn);
    return { stages: watch.stages, cpu: watch.cpu, bytes: bytes.length };
  };
  switch (kind) {
    case 'stages':
    case 'generate':
    case 'warm':
    case 'preview': {
      const gramota = await import('./measure-gramota.js');
      const measure = {
        stages: gramota.measureStages,
        generate: gramota.measureGenerate,
        warm: gramota.measureWarm,
        preview: gramota.measurePreview,
      }[kind];
      return (job) => measure(readPlan(job));
    }
    case 'docx': {
      const { renderRawDocx } = await import('./floor-docx.js');
      return (job) => {
        const content = readContent(job);
        return timeOne(() => renderRawDocx(content));
      };
    }
    case 'pdfmake': {
      const { renderRawPdf } = await import('./floor-pdfmake.js');
      return (job) => {
        const content = readContent(job);
        return timeOne(() => renderRawPdf(content, job.fontsDir));
      };
    }
    case 'warm-floor': {
      const [{ renderRawDocx }, { renderRawPdf }] = await Promise.all([
        import('./floor-docx.js'),
        import('./floor-pdfmake.js'),
      ]);
      return (job) => {
        const content = readContent(job);
        return measureLaps(async () => {
          await renderRawDocx(content);
          await renderRawPdf(content, job.fontsDir);
        });
      };
    }
    case 'docxtemplater': {
      const { buildTemplate, fillTemplate, toTemplateData } = await import('./floor-docxtemplater.js');
      return (job) => {
        const content = readContent(job);
        const template = buildTemplate(content);
        const data = toTemplateData(content);
        return timeOne(async () => fillTemplate(template, data));
      };
    }
  }
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const start = performance.now();
const run = await loadRunner(job.kind);
const moduleMs = performance.now() - start;
const measured = await run(job);
const result: WorkerResult = {
  ...measured,
  kind: job.kind,
  moduleMs,
  maxRssKb: process.resourceUsage().maxRSS,
};
writeFileSync(job.result, JSON.stringify(result));
