import { toPlanName } from '../package-zip.js';
import type { BuildRequest, BuildResult } from '../protocol.js';

/**
 * The worker that builds, seen from the page: one build at a time, and of the texts typed meanwhile only the newest
 * is built next, so that a fast typist does not queue stale builds.
 */
export type Builder = { readonly build: (source: string, fileName: string) => void };

export function createBuilder(onStart: () => void, onResult: (result: BuildResult) => void): Builder {
  const worker = new Worker('./worker.js');
  let running = false;
  let next: Omit<BuildRequest, 'id'> | undefined;
  let id = 0;
  const start = () => {
    if (running || next === undefined) return;
    running = true;
    onStart();
    worker.postMessage({ id: ++id, ...next });
    next = undefined;
  };
  worker.onmessage = (event: MessageEvent<BuildResult>) => {
    running = false;
    // A result is shown only when nothing newer waits: the newer build replaces it a moment later anyway.
    if (next === undefined) onResult(event.data);
    start();
  };
  worker.onerror = (event) => {
    running = false;
    onResult({ id, kind: 'crash', message: event.message });
  };
  return {
    build: (source, fileName) => {
      next = { source, file: fileName, planName: toPlanName(fileName) };
      start();
    },
  };
}
