import { generate } from '../../generate.js';
import { settleBuild } from '../../studio/build-result.js';
import type { BuildRequest, BuildResult, BuiltFile } from '../../studio/protocol.js';
import { loadFiles } from './files.js';

/**
 * The studio's builder, a Web Worker: the same generate() as the CLI, so that typing never waits for a build.
 * Requests are answered one at a time, in order.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: BuildResult, transfer: Transferable[]): void;
};

let ready: Promise<void> | undefined;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  queue = queue.then(() => answer(event.data));
};

async function answer(request: BuildRequest): Promise<void> {
  const result = await build(request);
  // Each buffer once: a file's bytes may share one with another's.
  const transfer = result.kind === 'built' ? [...new Set(result.files.flatMap(toBuffers))] : [];
  scope.postMessage(result, transfer);
}

function build({ id, source, file, planName, formats }: BuildRequest): Promise<BuildResult> {
  return settleBuild(id, planName, async () => {
    ready ??= loadFiles(new URL('assets/', self.location.href));
    await ready;
    return generate(source, { file, formats });
  });
}

function toBuffers(file: BuiltFile): ArrayBuffer[] {
  return [file.docx, file.pdf].flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : []));
}
