import { studioText as t } from '../../messages.js';
import { readPlanBytes } from './read-plan-bytes.js';
import { type ImportPage, importWord } from './word-import.js';

/**
 * «Открыть файл…»: a plan from disk into the editor, asked first when that replaces another text. A Word document goes
 * to the import; a file that is no plan leaves the editor as it was and says why.
 */
export async function openPlan(file: File, page: ImportPage): Promise<void> {
  const read = readPlanBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  if (read.kind === 'word') return importWord(file, page);
  if (read.kind === 'unreadable')
    return page.show({
      kind: 'said',
      heading: t.openFailed(file.name),
      messages: [read.message],
      failed: true,
    });
  const before = page.getText();
  // A served plan stays the file on disk that the studio edits: the opened text is saved into it.
  const served = page.servedFile;
  const question = served ? t.replaceServedByFile(file.name, served) : t.replaceByFile(file.name);
  const replaces = before.trim() !== '' && before !== read.text;
  if (replaces && !window.confirm(question)) return;
  if (served && replaces) page.keepFileText(); // among «Прежние черновики», as «Новый план» keeps it
  page.accept(read.text, served ?? file.name, false);
  if (read.encoding)
    page.show({
      kind: 'said',
      heading: t.openedInEncoding(file.name, read.encoding),
      messages: [t.checkEncoding],
      failed: false,
    });
}
