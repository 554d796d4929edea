import type { BuildResult } from '../../studio/protocol.js';

/**
 * The plan file `gramota studio plan.yaml` edits (src/studio/server.ts): read from ./plan, and every change saved
 * back with PUT ./plan, which writes it atomically. Only then does the page carry <meta name="gramota-plan">; a site
 * served by any other host has no ./plan.
 */
export type PlanFile = {
  readonly fileName: string;
  /** Its whole path on disk: what tells it from another plan.yaml (the tab chosen in it is remembered by it). */
  readonly path: string;
  readonly text: string;
  /** No such file yet (`gramota studio new.yaml`): the first save creates it. */
  readonly missing: boolean;
};

export async function fetchPlanFile(): Promise<PlanFile | undefined> {
  if (document.querySelector('meta[name="gramota-plan"]') === null) return undefined;
  try {
    const response = await fetch('plan', { cache: 'no-store' });
    if (!response.ok) return undefined;
    const missing = response.headers.get('x-plan-missing') === '1';
    const fileName = decodeURIComponent(response.headers.get('x-plan-file') ?? 'plan.yaml');
    const path = decodeURIComponent(response.headers.get('x-plan-path') ?? fileName);
    return { fileName, path, text: missing ? '' : await response.text(), missing };
  } catch {
    return undefined;
  }
}

/**
 * The text built by `gramota studio` itself, as `gramota build` builds it (src/studio/build-on-server.ts): the files
 * downloaded are then the bytes the CLI writes, and the plan's own templates folder works.
 */
export async function buildOnServer(text: string): Promise<BuildResult> {
  const response = await fetch('build', {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'text/plain' },
  });
  if (!response.ok) return { id: 0, kind: 'crash', message: await response.text() };
  return JSON.parse(await response.text(), (_, value: unknown) =>
    typeof value === 'object' && value !== null && 'base64' in value
      ? Uint8Array.from(atob(String(value.base64)), (c) => c.charCodeAt(0))
      : value,
  ) as BuildResult;
}

/** A request the browser completes after the page is gone carries at most 64 KB (the fetch standard's limit). */
const keepaliveBytes = 60_000;

/**
 * Saves the text; the server's Russian message when it could not. `leaving`: the page is going away, and the request
 * is to outlive it when the text is small enough to.
 */
export async function savePlanFile(text: string, leaving = false): Promise<string | undefined> {
  try {
    const response = await fetch('plan', {
      method: 'PUT',
      body: text,
      headers: { 'content-type': 'text/plain' },
      keepalive: leaving && text.length * 3 < keepaliveBytes,
    });
    return response.ok ? undefined : await response.text();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
