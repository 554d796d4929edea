import { toPlanName } from '../../output/package-zip.js';
import type {
  BuildRequest,
  BuildResult,
  ImportRequest,
  ImportResult,
  NameRequest,
  NameResult,
} from '../../studio/protocol.js';

/**
 * The worker that builds, seen from the page. Previews (PDF only) run one at a time, and of the texts typed meanwhile
 * only the newest is built next, so that a fast typist does not queue stale builds. A download asks for a full build
 * (DOCX and PDF) of the current text and waits for it; so does an import of a Word file into a plan.
 */
export type Builder = {
  readonly preview: (source: string, fileName: string) => void;
  readonly buildAll: (source: string, fileName: string) => Promise<BuildResult>;
  /** A Word file made a plan, or, with `into` (the plan in the editor), its documents added to that plan. */
  readonly importDocx: (
    bytes: Uint8Array,
    file: string,
    planFile: string,
    into?: string,
  ) => Promise<ImportResult>;
  /** The file name (no extension) a plan no file named yet is saved as: made by the worker (plan-name.ts). */
  readonly namePlan: (source: string) => Promise<string>;
};

type Request = Omit<BuildRequest, 'id'> | Omit<ImportRequest, 'id'> | Omit<NameRequest, 'id'>;
type Answer = BuildResult | ImportResult | NameResult;

export function createBuilder(onStart: () => void, onPreview: (result: BuildResult) => void): Builder {
  const worker = new Worker('./worker.js', { type: 'module' });
  const waiting = new Map<number, (result: Answer) => void>();
  let running: number | undefined;
  let next: Omit<BuildRequest, 'id'> | undefined;
  let id = 0;
  const send = (request: Request, transfer: Transferable[] = []) => {
    worker.postMessage({ id: ++id, ...request }, transfer);
    return id;
  };
  const ask = <T extends Answer>(request: Request, transfer?: Transferable[]) =>
    new Promise<T>((done) => waiting.set(send(request, transfer), done as (result: Answer) => void));
  const start = () => {
    if (running !== undefined || next === undefined) return;
    onStart();
    running = send(next);
    next = undefined;
  };
  worker.onmessage = (event: MessageEvent<Answer>) => {
    const result = event.data;
    waiting.get(result.id)?.(result);
    waiting.delete(result.id);
    if (result.id !== running || result.kind === 'imported' || result.kind === 'named') return;
    running = undefined;
    // A preview is shown only when nothing newer waits: the newer build replaces it a moment later anyway.
    if (next === undefined) onPreview(result);
    start();
  };
  worker.onerror = (event) => {
    const crash: BuildResult = { id, kind: 'crash', message: event.message };
    for (const done of waiting.values()) done(crash);
    waiting.clear();
    running = undefined;
    onPreview(crash);
  };
  // A preview needs the pages alone, for the screen: an uncompressed PDF is written and read faster; downloads build
  // both formats anew. A plan no file named yet (`fileName` '') is named by the worker, after what it is about.
  const request = (source: string, fileName: string, draft: boolean) => ({
    kind: 'build' as const,
    source,
    file: fileName || 'plan.yaml',
    planName: fileName === '' ? undefined : toPlanName(fileName),
    formats: draft ? (['pdf'] as const) : (['docx', 'pdf'] as const),
    draft,
  });
  return {
    preview: (source, fileName) => {
      next = request(source, fileName, true);
      start();
    },
    buildAll: (source, fileName) => ask<BuildResult>(request(source, fileName, false)),
    importDocx: (bytes, file, planFile, into) =>
      ask<ImportResult>({ kind: 'import', bytes, file, planFile, into }, [bytes.buffer as ArrayBuffer]),
    namePlan: (source) =>
      // A worker that failed answers with its crash: the plan is then saved as plan.yaml.
      ask<NameResult | BuildResult>({ kind: 'name', source }).then((a) =>
        a.kind === 'named' ? a.name : 'plan',
      ),
  };
}
