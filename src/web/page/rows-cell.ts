import { studioText as t } from '../../messages.js';
import type { Refused, RowCell, RowColumn } from '../roadmap-rows.js';
import { element } from './layout.js';

/**
 * What a cell says under it, by `row:column`, while the plan's value is `planText`: what was typed and refused (with
 * the name of nobody in people it holds), or the person just added to people for it, at the line of their position.
 */
type Said =
  | (Refused & { readonly typed: string; readonly planText: string })
  | { readonly added: string; readonly line: number; readonly planText: string };
const saidCells = new Map<string, Said>();

/** What the cell's offer to add a person to people did: the person's position's line, or why the cell still refuses. */
export type PersonAdded =
  | { readonly added: string; readonly line: number; readonly cellText: string }
  | Refused
  | undefined;
/** What a cell can do to the plan: apply a value; add the person named in it, then apply it; go to a line. */
export type CellActions = {
  readonly apply: (value: string) => Refused | undefined;
  readonly addPerson: (name: string, typed: string) => PersonAdded;
  readonly goTo: (line: number) => void;
};

/**
 * A cell of the table of rows: its whole text, wrapped between words over as many lines as it takes (a field of one
 * line showed a few letters of it). The field grows with its text by CSS alone (studio.css, `.cell`: a hidden copy of
 * the text beside it sets the height), so it fits in every browser, shown or hidden, at any width. Enter, or leaving
 * the cell, applies what was typed (`apply`); a line break pasted into it becomes a space, as in a field of one line.
 * `indent`: pixels the text starts further right (a nested item's activity). What `apply` refuses (a name of nobody in
 * the plan's people) is said under the field, the typed text left in it to be mended, until a value is applied; a name
 * of nobody with a button that adds that person to people (then the cell takes the new key, and says where to write
 * the person's position). `checked`: what the plan's check says of the value (a date not in the calendar), said under
 * the field otherwise. A numbered list («1) …», a line each) takes a new line with Shift+Enter.
 */
export function createCellField(
  key: RowColumn,
  row: number,
  cell: RowCell,
  indent: number,
  checked: string | undefined,
  actions: CellActions,
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
  const numbered = /^1\) /.test(cell.text) && cell.editable;
  field.title = cell.editable ? cell.text : `${cell.text} — ${t.inTextOnly}`;
  if (numbered) field.title = `${cell.text}\n${t.numberedCellHint}`;
  const box = element('div', { class: 'cell' });
  if (indent > 0) box.style.setProperty('--indent', `${indent}px`);
  box.dataset.value = cell.text || field.placeholder;
  box.append(field);
  const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  let applied = flat(cell.text);
  const problem = element('div', { class: 'cell-problem', role: 'alert', 'data-testid': 'cell-problem' });
  box.append(problem);
  const place = `${row}:${key}`;
  const show = (kept: Said | undefined) => {
    if (kept === undefined) saidCells.delete(place);
    else saidCells.set(place, kept);
    const refused = kept !== undefined && 'problem' in kept;
    const said = refused ? kept.problem : kept === undefined ? checked : undefined;
    problem.hidden = said === undefined && kept === undefined;
    problem.classList.toggle('added', kept !== undefined && 'added' in kept);
    problem.replaceChildren(element('span', { 'data-testid': 'cell-problem-text' }, said ?? ''));
    field.setAttribute('aria-invalid', String(said !== undefined));
    if (refused && kept.unknown !== undefined) problem.append(offerPerson(kept.unknown, kept.typed));
    if (kept !== undefined && 'added' in kept) problem.append(showAdded(kept.added, kept.line));
  };
  const offerPerson = (name: string, typed: string) => {
    const button = element('button', { type: 'button', 'data-testid': 'add-person' }, t.addPerson(name));
    button.addEventListener('click', () => {
      const done = actions.addPerson(name, typed);
      if (done === undefined) return;
      if ('added' in done) show({ added: done.added, line: done.line, planText: done.cellText });
      else show({ ...done, typed, planText: cell.text });
    });
    return button;
  };
  const showAdded = (name: string, line: number) => {
    const button = element(
      'button',
      { type: 'button', 'data-testid': 'added-person' },
      t.personAdded(name, line),
    );
    button.addEventListener('click', () => actions.goTo(line));
    return button;
  };
  // What was said before the table was drawn anew (after a build) stays while the plan's value is the same.
  const kept = saidCells.get(place);
  const same = kept !== undefined && flat(kept.planText) === flat(cell.text);
  show(same ? kept : undefined);
  if (same && 'typed' in kept) {
    field.value = kept.typed;
    box.dataset.value = kept.typed;
  }
  const applyTyped = () => {
    const value = flat(field.value);
    if (value === applied) return show(undefined);
    // Refused already, and said so: leaving the cell for its button keeps the button where it is, to be clicked.
    const said = saidCells.get(place);
    if (said !== undefined && 'typed' in said && said.typed === value) return;
    const refused = actions.apply(value);
    show(refused === undefined ? undefined : { ...refused, typed: value, planText: cell.text });
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
