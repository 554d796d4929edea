import type { Problem } from '../../errors.js';
import { studioText as t } from '../../messages.js';
import { addRow, listRows, type RoadmapRow, rowColumns, type TextChange } from '../roadmap-rows.js';
import { element } from './layout.js';
import { createCellField } from './rows-cell.js';
import { actOnCell } from './rows-cell-actions.js';
import { moveButtons } from './rows-move.js';

type ItemRow = Extract<RoadmapRow, { kind: 'item' }>;
/** What the table does to the plan: one change of its text or several at once (one undo), and a line to go to. */
export type RowsEdit = {
  readonly apply: (change: TextChange | readonly TextChange[]) => void;
  readonly goTo: (line: number, column: number) => void;
};

/**
 * A roadmap's items as a table (roadmap-rows.ts), numbered and under their stages as the document shows them: editing
 * a cell or adding a row edits the plan's text in the editor, which then rebuilds the pages as typing does. `problems`:
 * the plan's check of the text as it is now; each one on a cell's lines is said under that cell. A network partner's
 * tab (`school91/roadmap-1`) shows the plan's roadmap, which all the partners share, and says so above it.
 */
export function showRows(
  container: HTMLElement,
  getText: () => string,
  id: string,
  edit: RowsEdit,
  problems: readonly Problem[] = [],
): boolean {
  const rows = listRows(getText(), id);
  if (rows === undefined) return false;
  const { apply } = edit;
  const shared = id.includes('/')
    ? [element('p', { class: 'rows-note', 'data-testid': 'rows-shared' }, t.rowsShared)]
    : [];
  const table = element('table', { 'data-testid': 'rows-table' });
  const head = element('tr', {});
  head.append(
    element('th', {}, '№'),
    ...rowColumns.map((key) => element('th', {}, t.rowColumns[key])),
    element('th', {}, ''),
  );
  table.append(head);
  for (const row of rows)
    table.append(row.kind === 'stage' ? createStageLine(row.text) : createItemLine(row));
  const add = element('button', { type: 'button', class: 'add-row', 'data-testid': 'rows-add' }, t.addRow);
  add.addEventListener('click', () => {
    const change = addRow(getText(), id);
    if (change === undefined) return;
    apply(change);
    // The new row at once, the cursor in its empty activity (the plan's check asks for it until it is written).
    showRows(container, getText, id, edit, problems);
    const inputs = container.querySelectorAll<HTMLTextAreaElement>('textarea[data-column=activity]');
    inputs[inputs.length - 1]?.focus();
  });
  redraw(container, [...shared, table, add]);
  return true;

  function createItemLine(row: ItemRow): HTMLTableRowElement {
    const line = element('tr', { 'data-testid': 'rows-row' });
    line.append(element('td', { class: 'number', 'data-testid': 'rows-number' }, row.number));
    for (const key of rowColumns) {
      const indent = key === 'activity' ? row.depth * 16 : 0;
      const cell = createCellField(
        key,
        row.index,
        row.cells[key],
        indent,
        findProblem(row.cells[key].lines),
        actOnCell(getText, id, row.index, key, edit),
      );
      const td = element('td', {});
      td.append(cell);
      line.append(td);
    }
    line.append(moveButtons(getText, id, row.index, apply));
    return line;
  }

  /** The first of the plan's problems on these lines, as the list under the editor says it. */
  function findProblem(lines: readonly [number, number] | undefined): string | undefined {
    const found = problems.find(
      (p) => lines && p.line !== undefined && p.line >= lines[0] && p.line <= lines[1],
    );
    return found?.message;
  }
}

/** A stage's heading across the table, as the document's stage row reads («1. Подготовительный этап»). */
function createStageLine(text: string): HTMLTableRowElement {
  const line = element('tr', { class: 'stage-row', 'data-testid': 'rows-stage' });
  line.append(element('td', { colspan: String(rowColumns.length + 2) }, text));
  return line;
}

/**
 * The table drawn anew (after every change of the text): the cell being edited keeps the focus, and what is typed in
 * it and not yet applied (the change comes on Enter or on leaving the cell) stays, with its selection.
 */
function redraw(container: HTMLElement, parts: readonly HTMLElement[]): void {
  // The active element, not :focus, which a page without the window's focus matches nowhere.
  const active = document.activeElement;
  const focused = active instanceof HTMLTextAreaElement && container.contains(active) ? active : undefined;
  container.replaceChildren(...parts);
  if (!focused) return;
  const selector = `textarea[data-row="${focused.dataset.row}"][data-column="${focused.dataset.column}"]`;
  const same = container.querySelector<HTMLTextAreaElement>(selector);
  if (!same) return;
  if (!same.readOnly && same.value !== focused.value) {
    same.value = focused.value;
    same.dispatchEvent(new Event('input')); // its height follows its text
  }
  same.focus();
  same.setSelectionRange(focused.selectionStart, focused.selectionEnd, focused.selectionDirection ?? 'none');
}
