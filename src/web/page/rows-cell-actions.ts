import { addPerson } from '../person-add.js';
import { listRows, type RowColumn, setCell, type TextChange } from '../roadmap-rows.js';
import type { CellActions } from './rows-cell.js';
import type { RowsEdit } from './rows-view.js';

/**
 * What a cell of the table of rows does to the plan's text (rows-cell.ts), always the text as it is now: an edit made a
 * moment ago may not have redrawn the table yet. A person added to people and the cell that names them change in one
 * step, undone as one.
 */
export function actOnCell(
  getText: () => string,
  id: string,
  row: number,
  key: RowColumn,
  edit: RowsEdit,
): CellActions {
  return {
    apply: (value) => {
      const change = setCell(getText(), id, row, key, value);
      if (change && 'problem' in change) return change; // shown at the cell, the text unchanged
      if (change) edit.apply(change);
      return undefined;
    },
    addPerson: (name, typed) => {
      const text = getText();
      const added = addPerson(text, name);
      if (added === undefined) return undefined;
      const withPerson = applyChange(text, added.change);
      const cell = setCell(withPerson, id, row, key, typed);
      // Another name of nobody in the same cell: the person is added all the same, the cell offers the next one.
      if (cell === undefined || 'problem' in cell) {
        edit.apply(added.change);
        return cell;
      }
      edit.apply([added.change, toTextBefore(cell, added.change)]);
      const shown = listRows(getText(), id)?.find((r) => r.kind === 'item' && r.index === row);
      const cellText = shown?.kind === 'item' ? shown.cells[key].text : typed;
      return { added: name, line: added.positionLine, cellText };
    },
    goTo: (line) => edit.goTo(line, Number.MAX_SAFE_INTEGER),
  };
}

function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/** A change of the text after an insertion, as a change of the text before it (they are applied together). */
function toTextBefore(change: TextChange, inserted: TextChange): TextChange {
  const shift = inserted.insert.length - (inserted.to - inserted.from);
  if (change.from < inserted.from + inserted.insert.length) return change;
  return { from: change.from - shift, to: change.to - shift, insert: change.insert };
}
