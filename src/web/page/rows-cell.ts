import { studioText as t } from '../../messages.js';
import type { RowCell, RowColumn } from '../roadmap-rows.js';
import { element } from './layout.js';

/**
 * A cell of the table of rows: its whole text, wrapped between words over as many lines as it takes (a field of one
 * line showed a few letters of it). The field grows with its text by CSS alone (studio.css, `.cell`: a hidden copy of
 * the text beside it sets the height), so it fits in every browser, shown or hidden, at any width. Enter, or leaving
 * the cell, applies what was typed (`apply`); a line break pasted into it becomes a space, as in a field of one line.
 * `indent`: pixels the text starts further right (a nested item's activity).
 */
export function createCellField(
  key: RowColumn,
  row: number,
  cell: RowCell,
  indent: number,
  apply: (value: string) => void,
): HTMLElement {
  const field = element('textarea', {
    'aria-label': t.rowColumns[key],
    'data-column': key,
    'data-row': String(row),
    rows: '1',
  });
  field.value = cell.text;
  // An empty activity (a row just added) says what it waits for; the plan's check reports it until it is written.
  if (key === 'activity') field.placeholder = t.activityPlaceholder;
  field.readOnly = !cell.editable;
  field.title = cell.editable ? cell.text : `${cell.text} — ${t.inTextOnly}`;
  const box = element('div', { class: 'cell' });
  if (indent > 0) box.style.setProperty('--indent', `${indent}px`);
  box.dataset.value = cell.text || field.placeholder;
  box.append(field);
  let applied = cell.text;
  const applyTyped = () => {
    const value = field.value.replace(/\s*\n\s*/g, ' ');
    if (value === applied) return;
    applied = value;
    apply(value);
  };
  field.addEventListener('input', () => {
    box.dataset.value = field.value || field.placeholder;
  });
  field.addEventListener('change', applyTyped);
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    applyTyped();
  });
  return box;
}
