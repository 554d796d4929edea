import { studioText as t } from '../../messages.js';
import type { RowCell, RowColumn } from '../roadmap-rows.js';
import { element } from './layout.js';

/** What was typed in a cell and refused, by `row:column`, with the plan's value it was to replace. */
type Refused = { readonly typed: string; readonly problem: string; readonly planText: string };
const refusedCells = new Map<string, Refused>();

/**
 * A cell of the table of rows: its whole text, wrapped between words over as many lines as it takes (a field of one
 * line showed a few letters of it). The field grows with its text by CSS alone (studio.css, `.cell`: a hidden copy of
 * the text beside it sets the height), so it fits in every browser, shown or hidden, at any width. Enter, or leaving
 * the cell, applies what was typed (`apply`); a line break pasted into it becomes a space, as in a field of one line.
 * `indent`: pixels the text starts further right (a nested item's activity). What `apply` refuses (a name of nobody in
 * the plan's people) is said under the field, the typed text left in it to be mended, until a value is applied.
 * `checked`: what the plan's check says of the value (a date not in the calendar), said under the field otherwise.
 */
export function createCellField(
  key: RowColumn,
  row: number,
  cell: RowCell,
  indent: number,
  checked: string | undefined,
  apply: (value: string) => string | undefined,
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
  const problem = element('div', { class: 'cell-problem', role: 'alert', 'data-testid': 'cell-problem' });
  box.append(problem);
  const place = `${row}:${key}`;
  const showRefused = (kept: Refused | undefined) => {
    const said = kept?.problem ?? checked;
    problem.hidden = said === undefined;
    problem.textContent = said ?? '';
    field.setAttribute('aria-invalid', String(said !== undefined));
    if (kept === undefined) refusedCells.delete(place);
    else refusedCells.set(place, kept);
  };
  // Typing refused before the table was drawn anew (after a build) stays, with why, while the plan's value is the same.
  const kept = refusedCells.get(place);
  showRefused(kept?.planText === cell.text ? kept : undefined);
  if (kept?.planText === cell.text) {
    field.value = kept.typed;
    box.dataset.value = kept.typed;
  }
  const applyTyped = () => {
    const value = field.value.replace(/\s*\n\s*/g, ' ');
    if (value === applied) return showRefused(undefined);
    const refused = apply(value);
    showRefused(refused === undefined ? undefined : { typed: value, problem: refused, planText: cell.text });
    if (refused === undefined) applied = value;
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
