import type { Problem } from '../../errors.js';
import type { Layout } from './layout.js';
import { type RowsEdit, showRows } from './rows-view.js';

/**
 * «Страницы | Мероприятия таблицей»: the right side shows the selected roadmap's items as a table when the user asked
 * for them, its pages otherwise (and always for other documents, which have no such choice). Returns what shows the side
 * anew for the selected file, after a change of the text or of the tab; and what shows the problems of a check of the
 * text in the editor under their cells (while the text is the one checked).
 */
export function createRowsToggle(
  layout: Layout,
  getText: () => string,
  edit: RowsEdit,
): { show: (selected: string | undefined) => void; showChecked: (problems: readonly Problem[]) => void } {
  let showingRows = false;
  let shown: string | undefined;
  let checked: { readonly text: string; readonly problems: readonly Problem[] } = { text: '', problems: [] };
  const show = (selected: string | undefined) => {
    shown = selected;
    const isRoadmap =
      selected !== undefined &&
      showRows(layout.rows, getText, selected, edit, checked.text === getText() ? checked.problems : []);
    layout.viewSwitch.hidden = !isRoadmap;
    layout.rowsToggle.setAttribute('aria-pressed', String(showingRows));
    layout.pagesButton.setAttribute('aria-pressed', String(!showingRows));
    layout.rows.hidden = !(isRoadmap && showingRows);
    layout.preview.hidden = isRoadmap && showingRows;
  };
  // The notice of a problem above the table (the row just added, still empty) takes room from it: the cell being
  // edited stays in sight.
  new ResizeObserver(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && layout.rows.contains(active))
      active.scrollIntoView({ block: 'nearest' });
  }).observe(layout.rows);
  const choose = (rows: boolean) => {
    showingRows = rows;
    show(shown);
  };
  layout.rowsToggle.addEventListener('click', () => choose(true));
  layout.pagesButton.addEventListener('click', () => choose(false));
  const showChecked = (problems: readonly Problem[]) => {
    checked = { text: getText(), problems };
    show(shown);
  };
  return { show, showChecked };
}
