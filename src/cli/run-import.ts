import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { formatProblem, UserError } from '../errors.js';
import { convertible, convertToDocx } from '../import/convert.js';
import { isEncryptedPackage, sniffFile } from '../import/docx/open-docx.js';
import { importDocx } from '../import/import-docx.js';
import { importDocxInto } from '../import/merge-plan.js';
import { importText, text } from '../messages.js';
import { writeFileAtomically } from '../output/write.js';
import { decodePlan } from '../plan/decode.js';
import { describeReadError, readPlanFile } from '../plan/read-plan-file.js';
import type { Io } from './main.js';
import { toShownPath } from './plans.js';

/**
 * `gramota import FILE [-o plan.yaml | --into plan.yaml]`: the plan on stdout or into a file, or the document added
 * to a plan (merge-plan.ts), which is written back atomically; what to check on stderr. Exit 0 or 1.
 */
export function runImport(
  command: { file: string; out?: string | undefined; into?: string | undefined },
  io: Io,
): number {
  const path = resolve(io.cwd, command.file);
  const shown = toShownPath(path, io.cwd);
  try {
    const bytes = readSource(path, shown, io.env.GRAMOTA_SOFFICE ?? 'soffice');
    const file = command.into ?? command.out;
    const target = file === undefined ? undefined : resolve(io.cwd, file);
    const where = target === undefined ? 'stdout' : toShownPath(target, io.cwd);
    const { yaml, notes, problems } =
      target !== undefined && command.into !== undefined
        ? importDocxInto(bytes, shown, readPlanText(target, where), where)
        : importDocx(bytes, shown, where);
    if (target === undefined) io.stdout(yaml);
    else {
      const written = writeFileAtomically(target, new TextEncoder().encode(yaml));
      if (typeof written !== 'string') throw new UserError([{ ...written, file: where }]);
      io.stderr(`${command.into === undefined ? importText.written(where) : importText.merged(where)}\n`);
    }
    if (notes.length > 0) {
      io.stderr(`${importText.summaryHeader(where)}\n`);
      for (const n of notes) io.stderr(`${importText.summaryLine(`${where}:${n.line}`, n.text)}\n`);
    }
    if (problems.length > 0) {
      io.stderr(`${importText.planProblems}\n`);
      for (const p of problems) io.stderr(`  ${formatProblem(p)}\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    for (const p of e.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
}

/** The text of the plan a document is added to (read as `gramota check` reads it: UTF-8, any line ends). */
function readPlanText(path: string, shown: string): string {
  const bytes = readPlanFile(path, shown);
  const text = bytes instanceof Uint8Array ? decodePlan(bytes, shown) : bytes;
  if (typeof text !== 'string') throw new UserError([text]);
  return text;
}

function readSource(path: string, shown: string, soffice: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? text.fileNotFound(shown) : text.fileUnreadable(shown, describeReadError(code));
    throw new UserError([{ code: 'file-unreadable', message }]);
  }
  if (convertible.has(extname(path).toLowerCase())) return convertToDocx(path, shown, soffice);
  // A Word 97–2003 file saved under the name .docx: LibreOffice reads it by its content.
  if (sniffFile(bytes) === 'ole' && !isEncryptedPackage(bytes))
    return convertToDocx(path, shown, soffice, importText.oldWordFormat);
  return bytes;
}
