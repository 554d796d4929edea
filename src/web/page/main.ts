import { studioText as t } from '../../messages.js';
import type { BuildResult } from '../../studio/protocol.js';
import { type PlanTab, readPlanTabs } from '../plan-tabs.js';
import { fetchStarter } from '../starters.js';
import { createBuilder } from './builder.js';
import { showDocumentControls } from './document-controls.js';
import { wireDownloads } from './download-buttons.js';
import { createDownloadNote } from './download-note.js';
import { createDraftsMenu } from './drafts-menu.js';
import { createEditor } from './editor.js';
import { showImportNotice } from './import-notice.js';
import { createLayout } from './layout.js';
import { openPlan } from './open-plan.js';
import { onPageLeave } from './page-leave.js';
import { fetchPlanFile, savePlanFile } from './plan-file.js';
import { showPlanNote } from './plan-name-note.js';
import { clearPages, drawPdf, startPdfWorker } from './preview.js';
import { showPreviewNotice } from './preview-notice.js';
import { listProblems, listWarnings, showProblemList } from './problems.js';
import { createRowsToggle } from './rows-toggle.js';
import { wireStarters } from './starter-choice.js';
import { keepTabDraft } from './tab-draft.js';
import { recallTab, rememberTab } from './tab-memory.js';
import { type ImportPage, importWord } from './word-import.js';

/** Milliseconds of quiet typing before the plan is built again. */
const typingPause = 250;

const layout = createLayout(document.getElementById('app')!);
/** The plan file `gramota studio plan.yaml` edits; none in a browser, or once a new plan has left it (see below). */
let served = await fetchPlanFile();
/** `gramota studio new.yaml`: no such file yet; the first change creates it. */
let fileMissing = served?.missing === true;
const tabDraft = keepTabDraft({ text: () => readWholeText(), fileName: () => fileName }, () => {
  showDraftsMenu();
  if (!served) say(t.otherTab, true);
});
const draft = served ? undefined : tabDraft.read();
/** The plan's file name; '' for a plan no file named yet (a starter): downloads then name it (plan-name.ts). */
let fileName = served?.fileName ?? draft?.fileName ?? '';
/** The file the plan's messages name: its own, or plan.yaml for a plan no file named yet. */
const nameInMessages = (): string => fileName || 'plan.yaml';
/** What the tab chosen in this plan is remembered by: the file's whole path (not two plan.yaml), or the draft's id. */
const tabsKey = (): string => (served ? `file:${served.path}` : tabDraft.id());
/** The plan file's text, kept in the browser among «Прежние черновики» before another text is written over it. */
const keepFileText = (): void => tabDraft.save(readWholeText(), fileName);
/** The plan's text; its first line for VS Code (schema-comment.ts) is not in the editor, but in every file written. */
const firstText = fileMissing ? await fetchStarter('roadmap') : (served?.text ?? draft?.text ?? '');
// «Прежние черновики»: choosing one brings it back into the editor; the text there is kept in its turn.
const showDraftsMenu = createDraftsMenu(
  layout.previousDrafts,
  tabDraft.id,
  () => served !== undefined,
  (chosen) => {
    leaveFile(); // a draft chosen beside the file: the file stays as it is
    fileName = chosen.fileName;
    replaceText(chosen.text, chosen.id);
  },
);
/** The tabs: the files of the last build of this plan, or, until one is built, its documents read from its text. */
let files: readonly (PlanTab & { readonly pdf?: Uint8Array | undefined })[] = [];
/** Whether `files` are this plan's, built: a whole new text (a file opened, a starter) has none built yet. */
let builtThisPlan = false;
let current: string | undefined;
let builds = 0;
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
const editor = createEditor(layout.editor, firstText, (text) => {
  clearTimeout(timer);
  timer = setTimeout(() => changed(text), typingPause);
});
/** The editor's text as its file holds it: with the first line for VS Code, if the plan had one. */
const readWholeText = (text?: string): string => editor.getWholeText(text);
const rowsOrPages = createRowsToggle(layout, editor.getText, { apply: editor.apply, goTo: editor.goTo });
const downloadNote = createDownloadNote(layout.downloadNote, nameInMessages, editor.goTo);
if (!served && !draft) replaceText(await fetchStarter('roadmap'));
else builder.preview(editor.getText(), fileName);
showDraftsMenu();
startPdfWorker(); // while the first build runs

/**
 * A whole new text in the editor (a starter, an opened file, an import, a previous draft), built at once: nobody is
 * typing it. In the browser it is another draft (`id`: the previous draft's own); the one it replaces is kept.
 * `samePlan` (documents added to it: «Добавить в этот план») keeps the last pages, as an edit does, past a mistake.
 */
function replaceText(text: string, id?: string, samePlan = false): void {
  showPlanName();
  layout.importNotice.hidden = true; // its notes were about the plan replaced
  tabDraft.renew(id);
  editor.setText(text);
  clearTimeout(timer);
  if (!samePlan) {
    // Its tabs read from its text, and no pages of the plan before it while its own are built.
    builtThisPlan = false;
    files = readPlanTabs(editor.getText());
    clearPages(layout.preview, t.buildingPages);
    void showCurrent();
  }
  changed(editor.getText());
}

/** After a pause in typing: keep the text (the served file or the browser's draft), then build it. */
function changed(text: string): void {
  timer = undefined;
  keepText(text);
  builder.preview(text, fileName);
  rowsOrPages.show(current);
}

function keepText(text: string, leaving = false): void {
  if (served) void savePlanFile(readWholeText(text), leaving).then(showSaved);
  else tabDraft.save(readWholeText(text), fileName);
  showDraftsMenu();
}

// Typing not yet kept when the page goes away (a reload, a closed tab) or out of sight: kept now.
onPageLeave(() => {
  if (timer !== undefined) keepText(editor.getText(), true);
});

function showPlanName(): void {
  showPlanNote(layout, fileName, !served ? 'draft' : fileMissing ? 'missing-file' : 'file');
}

function showSaved(error: string | undefined): void {
  if (error !== undefined) say(t.saveFailed(error), true);
  else if (fileMissing) {
    fileMissing = false; // created now
    showPlanName();
  }
}

async function showResult(result: BuildResult, build: number): Promise<void> {
  // For the bench: the build alone, from its start to the worker's answer (gramota:build adds the drawing).
  if (build === builds) performance.measure('gramota:built', 'gramota:build-start');
  const problems = listProblems(result);
  const warnings = listWarnings(result);
  editor.showProblems(problems, warnings);
  rowsOrPages.showChecked(problems);
  showProblemList(layout.problems, layout.problemList, { problems, warnings }, nameInMessages(), editor.goTo);
  downloadNote.follow(result);
  if (result.kind === 'built') {
    builtThisPlan = true;
    files = result.files;
  } else if (!builtThisPlan) {
    // None built yet (a reload, a file opened with its mistake): its documents as its text names them, no pages.
    files = readPlanTabs(editor.getText());
    clearPages(layout.preview);
  }
  const oldPages = layout.preview.querySelector('.page') !== null;
  showPreviewNotice(layout.previewNotice, layout.preview, problems, oldPages, editor.goTo);
  if (result.kind === 'built') return showCurrent(build);
  layout.preview.dataset.state = 'error';
  say('');
  if (!builtThisPlan) await showCurrent();
}

/**
 * The selected file's tabs, buttons and pages. After a build, `build` is its number: the preview is then ready,
 * unless a newer build has started meanwhile. A tab switch passes none and leaves the state as it is.
 */
async function showCurrent(build?: number): Promise<void> {
  // The tab chosen last in this plan (before a reload too), or the one shown, or the first.
  const chosen = recallTab(tabsKey());
  const has = (id: string | undefined) => files.some((f) => f.id === id);
  current = has(chosen) ? chosen : has(current) ? current : files[0]?.id;
  const file = files.find((f) => f.id === current);
  showDocumentControls(layout, files, file, (id) => {
    current = id;
    rememberTab(tabsKey(), id);
    void showCurrent();
  });
  rowsOrPages.show(current);
  if (file?.pdf) await drawPdf(layout.preview, file.pdf);
  if (build === undefined || build !== builds) return;
  // For the bench (scripts/bench/studio.ts): a build from its start to its pages drawn.
  performance.measure('gramota:build', 'gramota:build-start');
  layout.preview.dataset.state = 'ready';
  say(t.built(Math.round(performance.now() - startedAt)));
}

wireDownloads(layout, {
  builder,
  plan: () => ({ text: editor.getText(), whole: readWholeText(), fileName }),
  served: () => served !== undefined,
  selected: () => current,
  say,
  showFailure: (result) => showResult(result, builds),
  note: downloadNote,
});
for (const [input, take] of [
  [layout.openFile, openPlan],
  [layout.importFile, importWord],
] as const)
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void take(file, filePage());
  });
wireStarters(layout.starter, {
  file: () => (served ? { name: fileName, missing: fileMissing } : undefined),
  getText: editor.getText,
  keepFileText,
  // The file keeps its name; a draft is named by what it is about, until saved.
  accept: (text) => filePage().accept(text, served ? fileName : '', false),
});

/** The plan file leaves the editor (its last keystrokes written first); what follows is a draft in the browser. */
function leaveFile(): void {
  if (served && timer !== undefined) keepText(editor.getText());
  served = undefined;
}

/** The page as a file opened or imported sees it. */
function filePage(): ImportPage {
  return {
    builder,
    getText: () => readWholeText(),
    servedFile: served ? fileName : undefined,
    keepFileText,
    planName: fileName,
    say,
    show: (notice) => showImportNotice(layout.importNotice, notice, editor.getText, editor.goTo),
    accept: (yaml, planFile, added) => {
      fileName = planFile;
      replaceText(yaml, undefined, added);
    },
  };
}

/** A line of the studio's status, beside the count of the plan's problems; `alert`: one the user must act on. */
function say(text: string, alert = false): void {
  layout.status.textContent = text;
  layout.status.classList.toggle('alert', alert);
}
