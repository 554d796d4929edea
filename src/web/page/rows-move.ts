import { studioText as t } from '../../messages.js';
import { moveRow, type TextChange } from '../roadmap-rows.js';
import { element } from './layout.js';

/** ↑ and ↓: the item changes places with its neighbour in its list (moveRow); nothing at either end. */
export function moveButtons(
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
