import { studioText as t } from '../../messages.js';
import { starterIds } from '../starters.js';
import { createTabStrip } from './tab-strip.js';

/** The page's parts, by what the rest of the page does with them. data-testid names are a contract (issue 15). */
export type Layout = {
  readonly starter: HTMLSelectElement;
  readonly openFile: HTMLInputElement;
  /** «Импорт из Word…»: a .docx to import into a plan (src/import, in the worker). */
  readonly importFile: HTMLInputElement;
  readonly status: HTMLElement;
  /** The plan's file name, as its messages and its package folder are named. */
  readonly planName: HTMLElement;
  /** Under the name: where the work is kept (the file on disk, or this browser's draft). */
  readonly storageNote: HTMLElement;
  /** «Прежние черновики»: the drafts this browser kept besides the one in the editor (drafts-menu.ts). */
  readonly previousDrafts: HTMLSelectElement;
  /** «Сохранить план»: the plan's text downloaded as its .yaml file. */
  readonly savePlan: HTMLButtonElement;
  readonly editor: HTMLElement;
  readonly problems: HTMLElement;
  readonly problemList: HTMLOListElement;
  /** What an import says: the notes on its guesses, or why the file was not imported. Hidden until then. */
  readonly importNotice: HTMLElement;
  readonly tabs: HTMLElement;
  readonly preview: HTMLElement;
  /** Above the pages when the plan has problems, in a place of its own: what to fix first (preview-notice.ts). */
  readonly previewNotice: HTMLElement;
  /** Under the tabs: the selected document's whole title, and a roadmap's choice of pages or table of rows. */
  readonly documentBar: HTMLElement;
  readonly documentTitle: HTMLElement;
  /** «Страницы | Мероприятия таблицей»: shown for a roadmap (rows-toggle.ts). */
  readonly viewSwitch: HTMLElement;
  readonly pagesButton: HTMLButtonElement;
  /** Switches the right side to the roadmap's items as a table. */
  readonly rowsToggle: HTMLButtonElement;
  readonly rows: HTMLElement;
  readonly downloadDocx: HTMLButtonElement;
  readonly downloadPdf: HTMLButtonElement;
  readonly downloadZip: HTMLButtonElement;
  /** Under the download buttons, after one found the plan with a mistake: why, at its line (download-note.ts). */
  readonly downloadNote: HTMLButtonElement;
};

/** Builds the page in `root`: a toolbar, the editor and its problems on the left, the pages on the right. */
export function createLayout(root: HTMLElement): Layout {
  document.title = t.title;
  const starter = element('select', { 'aria-label': t.newPlan, 'data-testid': 'new-plan' });
  // The select is as wide as its own label, «Новый план»: its starters open below it.
  starter.append(new Option(t.newPlan, ''), ...starterIds.map((id) => new Option(t.starters[id], id)));
  const openFile = element('input', {
    type: 'file',
    accept: '.yaml,.yml,text/yaml',
    'data-testid': 'open-file',
  });
  const openLabel = element('label', { class: 'button' }, t.openFile);
  openLabel.append(openFile);
  const importFile = element('input', { type: 'file', accept: '.docx', 'data-testid': 'import-docx' });
  const importLabel = element('label', { class: 'button' }, t.importWord);
  importLabel.append(importFile);
  const downloadDocx = element(
    'button',
    { type: 'button', 'data-testid': 'download-docx', title: t.docxHint },
    t.downloadDocx,
  );
  const downloadPdf = element(
    'button',
    { type: 'button', 'data-testid': 'download-pdf', title: t.pdfHint },
    t.downloadPdf,
  );
  const downloadZip = element(
    'button',
    { type: 'button', 'data-testid': 'download-zip', title: t.zipHint },
    t.downloadZip,
  );
  const status = element('span', { class: 'status', role: 'status' });
  const planName = element('span', { class: 'plan-name' });
  const storageNote = element('span', { class: 'storage-note', 'data-testid': 'storage-note' });
  const savePlan = element(
    'button',
    { type: 'button', 'data-testid': 'save-plan', title: t.savePlanHint },
    t.savePlan,
  );
  // Two groups: the plan's own actions, and the downloads at the right (on a narrow screen, a row of their own).
  const planActions = element('div', { class: 'toolbar-group' });
  planActions.append(starter, openLabel, importLabel, savePlan);
  const downloads = element('div', {
    class: 'toolbar-group downloads',
    role: 'group',
    'aria-label': t.download,
  });
  const downloadNote = element('button', {
    type: 'button',
    class: 'download-note',
    role: 'alert',
    'data-testid': 'download-note',
  });
  downloadNote.hidden = true;
  downloads.append(
    element('span', { class: 'downloads-label' }, t.download),
    downloadDocx,
    downloadPdf,
    downloadZip,
  );
  // The note has a row of its own under the buttons, at their right: the page below moves down, nothing is covered.
  const noteRow = element('div', { class: 'download-note-row' });
  noteRow.append(downloadNote);
  const toolbar = element('header', { class: 'toolbar' });
  toolbar.append(element('strong', {}, 'gramota'), planActions, downloads, noteRow);

  const editor = element('div', { class: 'editor', 'data-testid': 'editor' });
  const problemList = element('ol', {});
  const problems = element('section', { class: 'problems', 'aria-live': 'polite' });
  // The build's outcome beside the count of problems: «Собрано за … мс», or why nothing was downloaded.
  const problemsHead = element('div', { class: 'problems-head' });
  problemsHead.append(element('h2', {}, ''), status);
  problems.append(problemsHead, problemList);
  const importNotice = element('section', {
    class: 'import-notice',
    'aria-live': 'polite',
    'data-testid': 'import-notice',
  });
  importNotice.hidden = true;
  // Above the editor, as a file's tab: the plan's name and where its text is kept.
  const planBar = element('div', { class: 'plan-bar' });
  const previousDrafts = element('select', { class: 'drafts-menu', 'data-testid': 'previous-drafts' });
  previousDrafts.hidden = true;
  planBar.append(planName, storageNote, previousDrafts);
  const left = element('div', { class: 'left' });
  left.append(planBar, editor, importNotice, problems);

  const tabs = element('nav', { class: 'tabs', role: 'tablist' });
  const preview = element('div', { class: 'preview', 'data-testid': 'preview', 'data-state': 'building' });
  preview.append(element('p', { class: 'empty' }, t.emptyPreview));
  // The tabs have the row to themselves; a roadmap's choice of view is under them, with the document's title.
  const pagesButton = element('button', { type: 'button', 'data-testid': 'pages-view' }, t.pagesToggle);
  const rowsToggle = element('button', { type: 'button', 'data-testid': 'rows-toggle' }, t.rowsToggle);
  const viewSwitch = element('div', { class: 'view-switch', role: 'group', 'aria-label': t.viewSwitch });
  viewSwitch.append(pagesButton, rowsToggle);
  viewSwitch.hidden = true;
  const documentTitle = element('span', { class: 'document-title', 'data-testid': 'document-title' });
  const documentBar = element('div', { class: 'document-bar' });
  documentBar.append(documentTitle, viewSwitch);
  documentBar.hidden = true;
  // The plan's own text, Russian whatever language the page is shown in: the browser hyphenates it (studio.css).
  const rows = element('div', { class: 'rows', lang: 'ru' });
  rows.hidden = true;
  // Above the pages, pushing them down: why the plan was not built (preview-notice.ts).
  const previewNotice = element('div', {
    class: 'preview-notice',
    role: 'alert',
    'data-testid': 'preview-notice',
  });
  previewNotice.hidden = true;
  const bar = element('div', { class: 'right-bar' });
  bar.append(createTabStrip(tabs));
  const stage = element('div', { class: 'stage' });
  stage.append(previewNotice, preview, rows);
  const right = element('div', { class: 'right' });
  right.append(bar, documentBar, stage);
  const main = element('main', {});
  main.append(left, right);
  root.replaceChildren(toolbar, main);
  return {
    starter,
    openFile,
    importFile,
    status,
    planName,
    storageNote,
    previousDrafts,
    savePlan,
    editor,
    problems,
    problemList,
    importNotice,
    tabs,
    preview,
    previewNotice,
    documentBar,
    documentTitle,
    viewSwitch,
    pagesButton,
    rowsToggle,
    rows,
    downloadDocx,
    downloadPdf,
    downloadZip,
    downloadNote,
  };
}

/** A new element with attributes and text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
