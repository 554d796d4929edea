import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { formatProblem, UserError } from '../errors.js';
import { convertible, convertToDocx } from '../import/convert.js';
import { importDocx } from '../import/import-docx.js';
import { importText, text } from '../messages.js';
import { writeAtomically } from '../output/write.js';
import type { Io } from './main.js';
import { toShownPath } from './plans.js';

/** `gramota import FILE [-o plan.yaml]`: the plan on stdout or into a file; what to check on stderr. Exit 0 or 1. */
export function runImport(command: { file: string; out?: string | undefined }, io: Io): number {
  const path = resolve(io.cwd, command.file);
  const shown = toShownPath(path, io.cwd);
  try {
    const bytes = readSource(path, shown, io.env.GRAMOTA_SOFFICE ?? 'soffice');
    const { yaml, notes } = importDocx(bytes, shown);
    let where = '';
    if (command.out === undefined) io.stdout(yaml);
    else {
      const target = resolve(io.cwd, command.out);
      const written = writeAtomically(dirname(target), basename(target), new TextEncoder().encode(yaml));
      if (typeof written !== 'string')
        throw new UserError([{ ...written, file: toShownPath(target, io.cwd) }]);
      where = toShownPath(target, io.cwd);
      io.stderr(`${importText.written(where)}\n`);
    }
    if (notes.length > 0) {
      io.stderr(`${importText.summaryHeader(where || 'stdout')}\n`);
      for (const n of notes)
        io.stderr(`${importText.summaryLine(`${where || 'stdout'}:${n.line}`, n.text)}\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    for (const p of e.problems) io.stderr(`${formatProblem(p)}\n`);
    return 1;
  }
}

function readSource(path: string, shown: string, soffice: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? text.fileNotFound(shown) : text.fileUnreadable(shown, code ?? '');
    throw new UserError([{ code: 'file-unreadable', message }]);
  }
  return convertible.has(extname(path).toLowerCase()) ? convertToDocx(path, shown, soffice) : bytes;
}
