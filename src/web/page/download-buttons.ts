import { studioText as t } from '../../messages.js';
import type { PlanSource } from '../../output/package-zip.js';
import type { BuildResult, BuiltFile } from '../../studio/protocol.js';
import { toYamlName } from '../plan-name.js';
import type { Builder } from './builder.js';
import type { DownloadNote } from './download-note.js';
import { saveDocument, savePackage, savePlan } from './downloads.js';
import type { Layout } from './layout.js';
import { buildOnServer } from './plan-file.js';

/** What the downloads need of the page. */
export type DownloadPage = {
  readonly builder: Builder;
  /** The text in the editor (what is built), the plan file's whole text, and its file name ('' when none yet). */
  readonly plan: () => { readonly text: string; readonly whole: string; readonly fileName: string };
  /** Whether `gramota studio plan.yaml` builds the downloads (the bytes the CLI writes). */
  readonly served: () => boolean;
  /** The id of the file whose tab is selected. */
  readonly selected: () => string | undefined;
  readonly say: (text: string, alert?: boolean) => void;
  /** Shows a build that failed as a preview that failed is shown: its problems at their lines. */
  readonly showFailure: (result: BuildResult) => Promise<void>;
  /** Under the download buttons: why nothing was downloaded, or that what was has warnings (download-note.ts). */
  readonly note: DownloadNote;
};

/**
 * «Скачать: DOCX, PDF, весь пакет (ZIP)» and «Сохранить план». Downloads build the current text in full (the preview
 * has no DOCX), then save what they pick. The plan goes out under its file's name; one no file named yet (a starter)
 * under the package's folder name, which the worker makes from what the plan is about (web/plan-name.ts).
 */
export function wireDownloads(layout: Layout, page: DownloadPage): void {
  const pick = (all: readonly BuiltFile[]) => all.find((f) => f.id === page.selected()) ?? all[0]!;
  const nameFile = (fileName: string, name: string) =>
    fileName === '' ? `${name}.yaml` : toYamlName(fileName);
  const download = async (save: (files: readonly BuiltFile[], folder: string, plan: PlanSource) => void) => {
    page.say(t.preparing);
    const { text, whole, fileName } = page.plan();
    const result = page.served() ? await buildOnServer(text) : await page.builder.buildAll(text, fileName);
    page.say('');
    if (result.kind === 'built') {
      save(result.files, result.folder, { fileName: nameFile(fileName, result.folder), text: whole });
      page.note.show(result); // saved: its warnings, if any, beside the buttons
      return;
    }
    await page.showFailure(result);
    page.note.show(result); // nothing to save: why, beside the buttons
  };
  layout.downloadDocx.addEventListener(
    'click',
    () => void download((all) => saveDocument(pick(all), 'docx')),
  );
  layout.downloadPdf.addEventListener('click', () => void download((all) => saveDocument(pick(all), 'pdf')));
  layout.downloadZip.addEventListener('click', () => void download(savePackage));
  layout.savePlan.addEventListener('click', async () => {
    const { whole, fileName } = page.plan();
    const name = fileName === '' ? await page.builder.namePlan(whole) : '';
    savePlan({ fileName: nameFile(fileName, name), text: whole });
  });
}
