import { resolve } from 'node:path';
import type { GeneratedDocument } from '../generate.js';
import { toSafeName } from '../output/file-name.js';
import { writeAtomically } from '../output/write.js';

/** Stage 7: every document of a plan into <out>/<plan name>/, each file written atomically. Returns the paths. */
export function writePackage(
  documents: readonly GeneratedDocument[],
  out: string,
  planName: string,
  cwd: string,
): string[] {
  const dir = resolve(cwd, out, toSafeName(planName));
  return documents.flatMap((doc) =>
    (['docx', 'pdf'] as const).flatMap((format) => {
      const bytes = doc[format];
      return bytes ? [writeAtomically(dir, `${doc.fileName}.${format}`, bytes)] : [];
    }),
  );
}
