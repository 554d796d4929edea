import { studioText as t } from '../../messages.js';
import type { Builder } from './builder.js';
import { askImportChoice } from './import-choice.js';
import type { ImportNotice } from './import-notice.js';

/** What an import needs of the page: its text, the plan file on disk (if any), and where to say things. */
export type ImportPage = {
  readonly builder: Builder;
  readonly getText: () => string;
  /** The plan file `gramota studio plan.yaml` edits, whose name the imported plan keeps; none in a browser. */
  readonly servedFile: string | undefined;
  /** The served file's text kept in the browser, among «Прежние черновики», before another plan is written over it. */
  readonly keepFileText: () => void;
  /** The name the plan in the editor goes by ('' for a draft not named yet): an import added to it keeps it. */
  readonly planName: string;
  /** Says what the studio is doing (the status line). */
  readonly say: (text: string) => void;
  readonly show: (notice: ImportNotice) => void;
  /**
   * The imported plan, as the text of the editor under this file name; `added`: the plan in the editor with the
   * file's documents added — the same plan, whose pages built last stay while its new text has a mistake.
   */
  readonly accept: (yaml: string, planFile: string, added: boolean) => void;
};

/**
 * «Импорт из Word…» (or a Word file given to «Открыть файл…»): the document made a plan in the worker. While the
 * editor holds a plan, she chooses: its documents added to that plan (her Word files, one by one, into one package),
 * or the plan replaced.
 */
export async function importWord(file: File, page: ImportPage): Promise<void> {
  // .doc, .odt…: `gramota import` has LibreOffice convert them; a browser has none.
  if (!file.name.toLowerCase().endsWith('.docx'))
    return page.show({ kind: 'failed', file: file.name, messages: [t.importOnlyDocx(file.name)] });
  const served = page.servedFile;
  const text = page.getText();
  const choice = text.trim() === '' ? 'replace' : await askImportChoice(file.name, served);
  if (choice === undefined) return;
  const into = choice === 'add' ? text : undefined;
  const planFile = served ?? (into === undefined ? file.name.replace(/\.docx$/i, '.yaml') : page.planName);
  page.say(t.importing);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await page.builder.importDocx(bytes, file.name, planFile || 'plan.yaml', into);
  page.say('');
  if (result.kind !== 'imported') {
    const messages =
      result.kind === 'problems'
        ? result.problems.map((p) => p.message)
        : [t.crash(result.message.split('\n')[0] ?? '')];
    return page.show({ kind: 'failed', file: file.name, messages });
  }
  if (served && into === undefined) page.keepFileText();
  page.accept(result.yaml, planFile, into !== undefined);
  page.show({ kind: 'imported', file: file.name, notes: result.notes, added: into !== undefined });
}
