import { resolve } from 'node:path';
import type { Problem } from '../errors.js';
import type { GeneratedDocument } from '../generate.js';
import { toSafeName } from '../output/file-name.js';
import { type OutputFile, writePackageFolder } from '../output/write.js';

export type WriteResult = { readonly written: string[]; readonly problems: Problem[] };

/** The package folder of a plan: <out>/<plan name>/. */
export function toPackageFolder(out: string, planName: string, cwd: string): string {
  return resolve(cwd, out, toSafeName(planName));
}

/**
 * Stage 7: every document of a plan into <out>/<plan name>/, as a whole (output/write.ts): when a file cannot be
 * written (a full disk, a read-only folder), nothing changes and its problem is returned.
 */
export function writePackage(
  documents: readonly GeneratedDocument[],
  out: string,
  planName: string,
  cwd: string,
  isPartial = false,
): WriteResult {
  const files = documents.flatMap((doc) =>
    (['docx', 'pdf'] as const).flatMap((format): OutputFile[] => {
      const bytes = doc[format];
      return bytes ? [{ name: `${doc.fileName}.${format}`, bytes }] : [];
    }),
  );
  const result = writePackageFolder(toPackageFolder(out, planName, cwd), files, { isPartial });
  return 'problem' in result
    ? { written: [], problems: [result.problem] }
    : { written: result.written, problems: [] };
}
