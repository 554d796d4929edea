import { studioText as t } from '../../messages.js';
import type { BuildResult, BuiltFile } from '../../studio/protocol.js';
import { fetchStarter, type StarterId } from '../starters.js';
import { createBuilder } from './builder.js';
import { saveDocument, savePackage, savePlan } from './downloads.js';
import { createDraftsMenu } from './drafts-menu.js';
import { createEditor } from './editor.js';
import { type ImportNotice, showImportNotice } from './import-notice.js';
import { createLayout } from './layout.js';
import { openPlan } from './open-plan.js';
import { onPageLeave } from './page-leave.js';
import { buildOnServer, fetchPlanFile, savePlanFile } from './plan-file.js';
import { drawPdf, startPdfWorker } from './preview.js';
import { showProblemList } from './problems.js';
import { showRows } from './rows-view.js';
import { keepTabDraft } from './tab-draft.js';
import { showTabs } from './tabs.js';
import { type ImportPage, importWord } from './word-import.js';

/** Milliseconds of quiet typing before the plan is built again. */
const typingPause = 250;

const layout = createLayout(document.getElementById('app')!);
/** The plan file `gramota studio plan.yaml` edits; none in a browser, or once a new plan has left it (see below). */
let served = await fetchPlanFile();
const tabDraft = keepTabDraft({ text: () => editor.getText(), fileName: () => fileName }, () => {
  showDraftsMenu();
  if (!served) say(t.otherTab, true);
});
const draft = served ? undefined : tabDraft.read();
let fileName = served?.fileName ?? draft?.fileName ?? 'plan.yaml';
// «Прежние черновики»: choosing one brings it back into the editor; the text there is kept in its turn.
const showDraftsMenu = createDraftsMenu(
  layout.previousDrafts,
  tabDraft.id,
  () => !served,
  (chosen) => {
    fileName = chosen.fileName;
    showPlanName();
    replaceText(chosen.text, chosen.id);
    layout.importNotice.hidden = true;
  },
);
let files: readonly BuiltFile[] = [];
let current: string | undefined;
let builds = 0;
let showingRows = false;
let startedAt = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

showPlanName();
const builder = createBuilder(
  () => {
    builds++;
    startedAt = performance.now();
    performance.mark('gramota:build-start');
    layout.preview.dataset.state = 'building';
    say(t.building);
  },
  (result) => void showResult(result, builds),
);
const editor = createEditor(layout.editor, served?.text ?? draft?.text ?? '', (text) => {
  clearTimeout(timer);
  timer = setTimeout(() => changed(text), typingPause);
});
if (!served && !draft) replaceText(await fetchStarter('roadmap'));
else builder.preview(editor.getText(), fileName);
showDraftsMenu();
startPdfWorker(); // while the first build runs

/**
 * A whole new text in the editor (a starter, an opened file, an import, a previous draft), built at once: nobody is
 * typing it. In the browser it is another draft (`id`: the previous draft's own); the one it replaces is kept.
 */
function replaceText(text: string, id?: string): void {
  tabDraft.renew(id);
  editor.setText(text);
  clearTimeout(timer);
  changed(text);
}

/** After a pause in typing: keep the text (the served file or the browser's draft), then build it. */
function changed(text: string): void {
  timer = undefined;
  keepText(text);
  builder.preview(text, fileName);
  showRowsOrPages();
}

function keepText(text: string, leaving = false): void {
  if (served) void savePlanFile(text, leaving).then(showSaveError);
  else tabDraft.save(text, fileName);
  showDraftsMenu();
}

// Typing not yet kept when the page goes away (a reload, a closed tab) or out of sight: kept now.
onPageLeave(() => {
  if (timer !== undefined) keepText(editor.getText(), true);
});

/** The plan's name, and under it where its text is kept: the file on disk, or this browser's draft. */
function showPlanName(): void {
  layout.planName.textContent = fileName;
  layout.planName.title = fileName;
  layout.storageNote.textContent = served ? t.savedTo(fileName) : t.draftKept;
  layout.storageNote.title = served ? t.savedTo(fileName) : t.draftKeptHint;
}

function showSaveError(error: string | undefined): void {
  if (error !== undefined) say(t.saveFailed(error), true);
}

async function showResult(result: BuildResult, build: number): Promise<void> {
  // For the bench: the build alone, from its start to the worker's answer (gramota:build adds the drawing).
  if (build === builds) performance.measure('gramota:built', 'gramota:build-start');
  const problems =
    result.kind === 'problems'
      ? result.problems
      : result.kind === 'crash'
        ? [{ code: 'plan-invalid' as const, message: t.crash(result.message.split('\n')[0] ?? '') }]
        : [];
  editor.showProblems(problems);
  showProblemList(layout.problems, layout.problemList, problems, fileName, editor.goTo);
  if (result.kind !== 'built') {
    layout.preview.dataset.state = 'error';
    say('');
    return;
  }
  files = result.files;
  if (!files.some((f) => f.id === current && f.kind === 'document')) current = files[0]?.id;
  await showCurrent(build);
}

/**
 * The selected file's tabs, buttons and pages. After a build, `build` is its number: the preview is then ready,
 * unless a newer build has started meanwhile. A tab switch passes none and leaves the state as it is.
 */
async function showCurrent(build?: number): Promise<void> {
  const file = files.find((f) => f.id === current) ?? files[0];
  showTabs(layout.tabs, files, file?.id, (id) => {
    current = id;
    void showCurrent();
  });
  // The package is one PDF; every document has both formats.
  layout.downloadDocx.disabled = file === undefined || file.kind === 'package';
  layout.downloadPdf.disabled = file === undefined;
  layout.downloadZip.disabled = files.length === 0;
  showRowsOrPages();
  if (file?.pdf) await drawPdf(layout.preview, file.pdf);
  if (build === undefined || build !== builds) return;
  // For the bench (scripts/bench/studio.ts): a build from its start to its pages drawn.
  performance.measure('gramota:build', 'gramota:build-start');
  layout.preview.dataset.state = 'ready';
  say(t.built(Math.round(performance.now() - startedAt)));
}

layout.downloadDocx.addEventListener('click', () => void download((all) => saveDocument(pick(all), 'docx')));
layout.downloadPdf.addEventListener('click', () => void download((all) => saveDocument(pick(all), 'pdf')));
layout.downloadZip.addEventListener(
  'click',
  () => void download((all, name, text) => savePackage(name, all, { fileName, text })),
);
layout.savePlan.addEventListener('click', () => savePlan({ fileName, text: editor.getText() }));
layout.openFile.addEventListener('change', () => {
  const file = layout.openFile.files?.[0];
  layout.openFile.value = '';
  if (file) void openPlan(file, filePage());
});
layout.starter.addEventListener('change', async () => {
  const id = layout.starter.value as StarterId | '';
  layout.starter.value = '';
  // A new plan is never written over the file on disk: it starts as a draft in the browser, the file stays as it is.
  const question = served ? t.newPlanBesideFile(fileName) : t.replaceDraft;
  if (id === '' || (editor.getText().trim() !== '' && !window.confirm(question))) return;
  if (served && timer !== undefined) keepText(editor.getText()); // the file's last keystrokes
  served = undefined;
  fileName = `${id}.yaml`;
  showPlanName();
  replaceText(await fetchStarter(id));
  layout.importNotice.hidden = true;
});
layout.importFile.addEventListener('change', () => {
  const file = layout.importFile.files?.[0];
  layout.importFile.value = '';
  if (file) void importWord(file, filePage());
});

/** The page as a file opened or imported sees it. */
function filePage(): ImportPage {
  return {
    builder,
    getText: editor.getText,
    servedFile: served ? fileName : undefined,
    say,
    show: showNotice,
    accept: (yaml, planFile) => {
      fileName = planFile;
      showPlanName();
      replaceText(yaml);
      layout.importNotice.hidden = true; // its notes were about the plan replaced
    },
  };
}

function showNotice(notice: ImportNotice): void {
  showImportNotice(layout.importNotice, notice, editor.getText, editor.goTo);
}

/** The current roadmap's items as a table when the user asked for them and it is a roadmap; its pages otherwise. */
function showRowsOrPages(): void {
  const isRoadmap =
    current !== undefined && showRows(layout.rows, editor.getText, current, (change) => editor.apply(change));
  layout.rowsToggle.hidden = !isRoadmap;
  layout.rowsToggle.textContent = showingRows ? t.pagesToggle : t.rowsToggle;
  layout.rows.hidden = !(isRoadmap && showingRows);
  layout.preview.hidden = isRoadmap && showingRows;
}

layout.rowsToggle.addEventListener('click', () => {
  showingRows = !showingRows;
  showRowsOrPages();
});

/** Downloads build the current text in full (the preview has no DOCX), then save what `save` picks. */
async function download(
  save: (files: readonly BuiltFile[], folder: string, text: string) => void,
): Promise<void> {
  say(t.preparing);
  const text = editor.getText();
  const result = served ? await buildOnServer(text) : await builder.buildAll(text, fileName);
  say('');
  if (result.kind === 'built') return save(result.files, result.folder, text);
  await showResult(result, builds);
  // Nothing to save: say why, beside the list of the plan's problems.
  say(result.kind === 'problems' ? t.downloadBlocked(result.problems.length) : t.downloadCrashed, true);
}

/** A line of the studio's status, beside the count of the plan's problems; `alert`: one the user must act on. */
function say(text: string, alert = false): void {
  layout.status.textContent = text;
  layout.status.classList.toggle('alert', alert);
}

/** The selected document among freshly built files (the first when it is gone). */
function pick(all: readonly BuiltFile[]): BuiltFile {
  return all.find((f) => f.id === current) ?? all[0]!;
}
