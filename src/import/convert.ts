import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { importText } from '../messages.js';

/** Formats LibreOffice turns into DOCX before import. */
export const convertible = new Set(['.doc', '.odt', '.rtf', '.docm', '.dotx', '.html', '.htm']);

/**
 * Converts a .doc/.odt/.rtf file to DOCX bytes with LibreOffice (`soffice --headless --convert-to docx`) in a
 * temporary folder, removed afterwards; a clear message (naming the file as `shown`) when LibreOffice is not
 * installed (`missing`) or fails.
 */
export function convertToDocx(
  path: string,
  shown: string,
  soffice: string,
  missing = importText.noConverter(extname(path).toLowerCase()),
): Uint8Array {
  const ext = extname(path).toLowerCase();
  const dir = mkdtempSync(join(tmpdir(), 'gramota-import-'));
  try {
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        dir,
        path,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const fail = (message: string): never => {
      throw new UserError([{ code: 'file-unreadable', file: shown, message }]);
    };
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') fail(missing);
    const out = join(dir, `${basename(path, extname(path))}.docx`);
    try {
      return readFileSync(out);
    } catch {
      return fail(importText.conversionFailed(ext));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
