import { basename, dirname, extname } from 'node:path';
import { UserError } from '../errors.js';
import { toSafeName } from '../output/file-name.js';
import type { BuildResult } from '../web/protocol.js';

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
  const file = basename(plan);
  let result: BuildResult;
  try {
    const documents = await generate(source, { file, baseDir: dirname(plan), createdAt });
    const files = documents.map(({ id, title, kind, fileName, docx, pdf }) => ({
      id,
      title,
      kind,
      fileName,
      docx,
      pdf,
    }));
    result = { id: 0, kind: 'built', files, folder: toSafeName(basename(plan, extname(plan))) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    result = { id: 0, kind: 'problems', problems: e.problems };
  }
  return JSON.stringify(result, (_, value) =>
    value instanceof Uint8Array ? { base64: Buffer.from(value).toString('base64') } : value,
  );
}
