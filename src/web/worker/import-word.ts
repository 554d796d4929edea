import { UserError } from '../../errors.js';
import { isEncryptedPackage, sniffFile } from '../../import/docx/open-docx.js';
import { type ImportResult, importDocx } from '../../import/import-docx.js';
import { importDocxInto } from '../../import/merge-plan.js';
import { studioText } from '../../messages.js';

/**
 * `gramota import` in the studio: the same importDocx, loaded by the worker only when the user imports (its own
 * chunk of the site). A browser has no LibreOffice, so a Word 97–2003 file, whatever its name, is asked to be saved
 * as .docx. With `into`, the plan in the editor, the file's documents are added to it (`gramota import --into`).
 */
export function importWord(bytes: Uint8Array, file: string, planFile: string, into?: string): ImportResult {
  if (sniffFile(bytes) === 'ole' && !isEncryptedPackage(bytes))
    throw new UserError([{ code: 'file-unreadable', file, message: studioText.importOldWord }]);
  return into === undefined ? importDocx(bytes, file, planFile) : importDocxInto(bytes, file, into, planFile);
}
