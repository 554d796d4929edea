import { studioText as t } from '../../messages.js';
import { starterIds } from '../starters.js';

/** The page's parts, by what the rest of the page does with them. data-testid names are a contract (issue 15). */
export type Layout = {
  readonly starter: HTMLSelectElement;
  readonly openFile: HTMLInputElement;
  /** «Импорт из Word…»: a .docx to import into a plan (src/import, in the worker). */
  readonly importFile: HTMLInputElement;
  readonly status: HTMLElement;
  /** The plan's file name, as its messages and its package folder are named. */
  readonly planName: HTMLElement;
  readonly editor: HTMLElement;
  readonly problems: HTMLElement;
  readonly problemList: HTMLOListElement;
  /** What an import says: the notes on its guesses, or why the file was not imported. Hidden until then. */
  readonly importNotice: HTMLElement;
  readonly tabs: HTMLElement;
  readonly preview: HTMLElement;
  /** Switches the right side between the pages and the roadmap's items as a table. */
  readonly rowsToggle: HTMLButtonElement;
  readonly rows: HTMLElement;
  readonly downloadDocx: HTMLButtonElement;
  readonly downloadPdf: HTMLButtonElement;
  readonly downloadZip: HTMLButtonElement;
};

/** Builds the page in `root`: a toolbar, the editor and its problems on the left, the pages on the right. */
export function createLayout(root: HTMLElement): Layout {
  document.title = t.title;
  const starter = element('select', { 'aria-label': t.newPlan, 'data-testid': 'new-plan' });
  starter.append(new Option(`${t.newPlan}…`, ''), ...starterIds.map((id) => new Option(t.starters[id], id)));
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
  const downloadDocx = element('button', { type: 'button', 'data-testid': 'download-docx' }, t.downloadDocx);
  const downloadPdf = element('button', { type: 'button', 'data-testid': 'download-pdf' }, t.downloadPdf);
  const downloadZip = element('button', { type: 'button', 'data-testid': 'download-zip' }, t.downloadZip);
  const status = element('span', { class: 'status', role: 'status' });
  const planName = element('span', { class: 'plan-name' });
  const toolbar = element('header', { class: 'toolbar' });
  toolbar.append(
    element('strong', {}, 'gramota'),
    starter,
    openLabel,
    importLabel,
    planName,
    status,
    downloadDocx,
    downloadPdf,
    downloadZip,
  );

  const editor = element('div', { class: 'editor', 'data-testid': 'editor' });
  const problemList = element('ol', {});
  const problems = element('section', { class: 'problems', 'aria-live': 'polite' });
  problems.append(element('h2', {}, ''), problemList);
  const importNotice = element('section', {
    class: 'import-notice',
    'aria-live': 'polite',
    'data-testid': 'import-notice',
  });
  importNotice.hidden = true;
  const left = element('div', { class: 'left' });
  left.append(editor, importNotice, problems);

  const tabs = element('nav', { class: 'tabs', role: 'tablist' });
  const preview = element('div', { class: 'preview', 'data-testid': 'preview', 'data-state': 'building' });
  preview.append(element('p', { class: 'empty' }, t.emptyPreview));
  const rowsToggle = element('button', {
    type: 'button',
    class: 'rows-toggle',
    'data-testid': 'rows-toggle',
  });
  rowsToggle.hidden = true;
  const rows = element('div', { class: 'rows' });
  rows.hidden = true;
  const bar = element('div', { class: 'right-bar' });
  bar.append(tabs, rowsToggle);
  const right = element('div', { class: 'right' });
  right.append(bar, preview, rows);
  const main = element('main', {});
  main.append(left, right);
  root.replaceChildren(toolbar, main);
  return {
    starter,
    openFile,
    importFile,
    status,
    planName,
    editor,
    problems,
    problemList,
    importNotice,
    tabs,
    preview,
    rowsToggle,
    rows,
    downloadDocx,
    downloadPdf,
    downloadZip,
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
