import { basename, dirname, extname } from 'node:path';
import { settleBuild } from './build-result.js';

/**
 * POST ./build of `gramota studio plan.yaml`: the plan's text built by this process, as `gramota build` builds it
 * (Node's zlib, the plan's own templates folder), so that the files the page downloads are the bytes the CLI writes.
 * The answer is the worker's BuildResult as JSON, the files' bytes in base64.
 */
export async function buildOnServer(
  source: string,
  plan: string,
  createdAt: Date | undefined,
): Promise<string> {
  const { generate } = await import('../generate.js');
  const result = await settleBuild(0, basename(plan, extname(plan)), (warn) =>
    generate(source, { file: basename(plan), baseDir: dirname(plan), createdAt, warn }),
  );
  return JSON.stringify(result, (_, value) =>
    value instanceof Uint8Array ? { base64: Buffer.from(value).toString('base64') } : value,
  );
}
