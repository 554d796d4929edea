import { resolve } from 'node:path';
import type { Problem } from '../errors.js';
import type { GeneratedFile } from '../generate.js';
import { toSafeName } from '../output/file-name.js';
import { zipPackage } from '../output/package-zip.js';
import { type OutputFile, writePackageFolder } from '../output/write.js';

export type WriteResult = { readonly written: string[]; readonly problems: Problem[] };

/**
 * A network project's archive of every organisation's folder, `<plan>.zip` beside them, laid out as the package
 * folder is (`<plan>/<organisation>/<document>`), to send to the partners at once.
 */
function toNetworkArchive(documents: readonly GeneratedFile[], planName: string, builtAt: Date): OutputFile {
  const folder = toSafeName(planName);
  const files = documents.map((doc) => ({
    ...doc,
    fileName: doc.folder === undefined ? doc.fileName : `${doc.folder}/${doc.fileName}`,
  }));
  const { name, bytes } = zipPackage(folder, files, builtAt);
  return { name, bytes };
}

/** The package folder of a plan: <out>/<plan name>/. */
export function toPackageFolder(out: string, planName: string, cwd: string): string {
  return resolve(cwd, out, toSafeName(planName));
}

/**
 * Stage 7: every document of a plan into <out>/<plan name>/, as a whole (output/write.ts): when a file cannot be
 * written (a full disk, a read-only folder), nothing changes and its problem is returned.
 */
export function writePackage(
  documents: readonly GeneratedFile[],
  out: string,
  planName: string,
  cwd: string,
  isPartial = false,
  /** The build's time, the date of the network archive's files. */
  builtAt = new Date(),
): WriteResult {
  const files = documents.flatMap((doc) =>
    (['docx', 'pdf'] as const).flatMap((format): OutputFile[] => {
      const bytes = doc[format];
      const name = doc.folder === undefined ? doc.fileName : `${doc.folder}/${doc.fileName}`;
      return bytes ? [{ name: `${name}.${format}`, bytes }] : [];
    }),
  );
  if (documents.some((doc) => doc.folder !== undefined))
    files.push(toNetworkArchive(documents, planName, builtAt));
  const result = writePackageFolder(toPackageFolder(out, planName, cwd), files, { isPartial });
  return 'problem' in result
    ? { written: [], problems: [result.problem] }
    : { written: result.written, problems: [] };
}
