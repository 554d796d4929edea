import { studioText as t } from '../../messages.js';
import { addRow, listRows, moveRow, rowColumns, setCell, type TextChange } from '../roadmap-rows.js';
import { element } from './layout.js';

/**
 * A roadmap's items as a table (roadmap-rows.ts): editing a cell or adding a row edits the plan's text in the
 * editor, which then rebuilds the pages as typing does.
 */
export function showRows(
  container: HTMLElement,
  getText: () => string,
  id: string,
  apply: (change: TextChange) => void,
): boolean {
  const rows = listRows(getText(), id);
  if (rows === undefined) return false;
  const table = element('table', { 'data-testid': 'rows-table' });
  const head = element('tr', {});
  head.append(
    element('th', {}, '№'),
    ...rowColumns.map((key) => element('th', {}, t.rowColumns[key])),
    element('th', {}, ''),
  );
  table.append(head);
  rows.forEach((row, index) => {
    const line = element('tr', { 'data-testid': 'rows-row' });
    line.append(element('td', { class: 'number' }, String(index + 1)));
    for (const key of rowColumns) {
      const cell = row.cells[key];
      const input = element('input', {
        'aria-label': t.rowColumns[key],
        'data-column': key,
        'data-row': String(index),
      });
      input.value = cell.text;
      input.readOnly = !cell.editable;
      if (!cell.editable) input.title = t.listInText;
      if (key === 'activity') input.style.paddingLeft = `${6 + row.depth * 16}px`;
      input.addEventListener('change', () => {
        // The text as it is now: an edit made a moment ago may not have redrawn the table yet.
        const change = setCell(getText(), id, index, key, input.value);
        if (change) apply(change);
      });
      const td = element('td', {});
      td.append(input);
      line.append(td);
    }
    line.append(moveButtons(getText, id, index, apply));
    table.append(line);
  });
  const add = element('button', { type: 'button', class: 'add-row', 'data-testid': 'rows-add' }, t.addRow);
  add.addEventListener('click', () => {
    const change = addRow(getText(), id, t.newActivity);
    if (change) apply(change);
  });
  // The table is drawn anew after every change: the cell being edited keeps the focus.
  const focused = container.querySelector<HTMLInputElement>('input:focus');
  container.replaceChildren(table, add);
  if (focused) {
    const selector = `input[data-row="${focused.dataset.row}"][data-column="${focused.dataset.column}"]`;
    container.querySelector<HTMLInputElement>(selector)?.focus();
  }
  return true;
}

/** ↑ and ↓: the item changes places with its neighbour in its list (moveRow); nothing at either end. */
function moveButtons(
  getText: () => string,
  id: string,
  index: number,
  apply: (change: TextChange) => void,
): HTMLTableCellElement {
  const td = element('td', { class: 'move' });
  for (const [direction, label, arrow] of [
    [-1, t.moveUp, '↑'],
    [1, t.moveDown, '↓'],
  ] as const) {
    const button = element('button', { type: 'button', 'aria-label': label, title: label }, arrow);
    button.addEventListener('click', () => {
      const change = moveRow(getText(), id, index, direction);
      if (change) apply(change);
    });
    td.append(button);
  }
  return td;
}
