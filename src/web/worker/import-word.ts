import { UserError } from '../../errors.js';
import { isEncryptedPackage, sniffFile } from '../../import/docx/open-docx.js';
import { type ImportResult, importDocx } from '../../import/import-docx.js';
import { studioText } from '../../messages.js';

/**
 * `gramota import` in the studio: the same importDocx, loaded by the worker only when the user imports (its own
 * chunk of the site). A browser has no LibreOffice, so a Word 97–2003 file, whatever its name, is asked to be saved
 * as .docx.
 */
export function importWord(bytes: Uint8Array, file: string, planFile: string): ImportResult {
  if (sniffFile(bytes) === 'ole' && !isEncryptedPackage(bytes))
    throw new UserError([{ code: 'file-unreadable', file, message: studioText.importOldWord }]);
  return importDocx(bytes, file, planFile);
}
