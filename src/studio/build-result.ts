import { type Problem, UserError } from '../errors.js';
import type { GeneratedDocument } from '../generate.js';
import { toSafeName } from '../output/file-name.js';
import type { BuildResult } from './protocol.js';

/**
 * A build as the page receives it, from its worker (src/web/worker/) or from `gramota studio` (build-on-server.ts): the
 * package's files and folder with the warnings `build` was told (generate's `warn`), the plan's problems, or the text
 * of an unexpected failure (a bug).
 */
export async function settleBuild(
  id: number,
  planName: string,
  build: (warn: (warning: Problem) => void) => Promise<readonly GeneratedDocument[]>,
): Promise<BuildResult> {
  try {
    const told: Problem[] = [];
    const built = await build((warning) => told.push({ ...warning }));
    // The plan's own organisation comes first; a partner's files are told apart by its folder, its tabs by its name.
    const own = built[0]?.folder;
    const files = built.map(({ id, title, kind, fileName, folder, organization, docx, pdf }) => ({
      ...(folder === own ? { id } : { id: `${folder}/${id}`, organization: organization ?? folder }),
      title,
      kind,
      // A network project's organisation folder goes with the name: the archive keeps the CLI's folders.
      fileName: folder === undefined ? fileName : `${folder}/${fileName}`,
      docx,
      pdf,
    }));
    const warnings = told.sort(
      (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
    );
    return { id, kind: 'built', files, folder: toSafeName(planName), warnings };
  } catch (e) {
    return settleFailure(id, e);
  }
}

/** A failure as the page receives it: a UserError's problems, or any other error's text (a bug). */
export function settleFailure(id: number, e: unknown): Extract<BuildResult, { kind: 'problems' | 'crash' }> {
  if (e instanceof UserError) return { id, kind: 'problems', problems: e.problems.map((p) => ({ ...p })) };
  return { id, kind: 'crash', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
