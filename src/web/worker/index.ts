import { generate } from '../../generate.js';
import { toSafeName } from '../../output/file-name.js';
import { createSectionCache } from '../../render/pdf/section-cache.js';
import { settleBuild, settleFailure } from '../../studio/build-result.js';
import type {
  BuildRequest,
  BuildResult,
  BuiltFile,
  ImportRequest,
  ImportResult,
  NameRequest,
  NameResult,
} from '../../studio/protocol.js';
import { describePlan } from '../plan-name.js';
import { loadFiles } from './files.js';

/**
 * The studio's builder, a Web Worker: the same generate() as the CLI, so that typing never waits for a build, and
 * the same import as `gramota import`. Requests are answered one at a time, in order.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BuildRequest | ImportRequest | NameRequest>) => void) | null;
  postMessage(message: BuildResult | ImportResult | NameResult, transfer: Transferable[]): void;
};

let ready: Promise<void> | undefined;
let queue: Promise<void> = Promise.resolve();
/** The PDFs of sections built before: an edit in one document lays out that document alone again. */
const cache = createSectionCache();

// Fetched as soon as the worker starts, not at the first request, which waits for the page to fetch the plan.
loadOnce().catch(() => undefined); // a failure is the first build's to report

scope.onmessage = (event) => {
  queue = queue.then(() => answer(event.data));
};

async function answer(request: BuildRequest | ImportRequest | NameRequest): Promise<void> {
  if (request.kind === 'name') {
    scope.postMessage({ id: request.id, kind: 'named', name: toPackageName(request.source) }, []);
    return;
  }
  if (request.kind === 'import') {
    scope.postMessage(await importFile(request), []);
    return;
  }
  const result = await build(request);
  // Each buffer once: a file's bytes may share one with another's.
  const transfer = result.kind === 'built' ? [...new Set(result.files.flatMap(toBuffers))] : [];
  scope.postMessage(result, transfer);
}

/** The templates and fonts, fetched once: a build needs them, and so does the check of an imported plan. */
function loadOnce(): Promise<void> {
  ready ??= loadFiles(new URL('assets/', self.location.href));
  return ready;
}

function build({ id, source, file, planName, formats, draft }: BuildRequest): Promise<BuildResult> {
  // A preview's folder is never used: the plan is read for its name only when its files are downloaded.
  const name = planName ?? (draft === true ? 'plan' : toPackageName(source));
  return settleBuild(id, name, async (warn) => {
    await loadOnce();
    return generate(source, { file, formats, draft: draft === true, cache, warn });
  });
}

async function importFile({ id, bytes, file, planFile, into }: ImportRequest): Promise<ImportResult> {
  try {
    await loadOnce();
    const { importWord } = await import('./import-word.js');
    const { yaml, notes } = importWord(bytes, file, planFile, into);
    return { id, kind: 'imported', yaml, notes };
  } catch (e) {
    return settleFailure(id, e);
  }
}

/** A plan no file named yet, named after what it is about (web/plan-name.ts); settleBuild makes it safe. */
function toPackageName(source: string): string {
  return toSafeName(describePlan(source) ?? 'plan');
}

function toBuffers(file: BuiltFile): ArrayBuffer[] {
  return [file.docx, file.pdf].flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : []));
}
