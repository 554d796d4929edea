import { resolve } from 'node:path';
import type { Problem } from '../errors.js';
import type { GeneratedDocument } from '../generate.js';
import { toSafeName } from '../output/file-name.js';
import { removeStaleTemporaries, writeAtomically } from '../output/write.js';

export type WriteResult = { readonly written: string[]; readonly problems: Problem[] };

/**
 * Stage 7: every document of a plan into <out>/<plan name>/, each file written atomically. A file that cannot be
 * written (locked by Word, a read-only folder) does not stop the others: its problem is returned with the paths.
 */
export function writePackage(
  documents: readonly GeneratedDocument[],
  out: string,
  planName: string,
  cwd: string,
): WriteResult {
  const dir = resolve(cwd, out, toSafeName(planName));
  removeStaleTemporaries(dir);
  const results = documents.flatMap((doc) =>
    (['docx', 'pdf'] as const).flatMap((format) => {
      const bytes = doc[format];
      return bytes ? [writeAtomically(dir, `${doc.fileName}.${format}`, bytes)] : [];
    }),
  );
  return {
    written: results.filter((r): r is string => typeof r === 'string'),
    problems: results.filter((r): r is Problem => typeof r !== 'string'),
  };
}
