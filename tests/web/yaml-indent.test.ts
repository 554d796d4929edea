import { describe, expect, it } from 'vitest';
import { indentAfter } from '../../src/web/yaml-indent.js';

describe('indentAfter', () => {
  it('continues a list item at the column of its next key', () => {
    expect(indentAfter('      - activity: Подготовка условий')).toBe(8);
    expect(indentAfter('  - - name: Иванов')).toBe(6);
    expect(indentAfter('  - type: roadmap')).toBe(4);
  });

  it('keeps the level after a key with a value, a plain list entry, a comment or a blank line', () => {
    expect(indentAfter('    title: Дорожная карта')).toBe(4);
    expect(indentAfter('        - Положение о наставничестве')).toBe(8);
    expect(indentAfter('    # комментарий: с двоеточием')).toBe(4);
    expect(indentAfter('      ')).toBe(6);
    expect(indentAfter('')).toBe(0);
  });

  it('goes one step deeper after a key that opens a block', () => {
    expect(indentAfter('documents:')).toBe(2);
    expect(indentAfter('    items:   # мероприятия')).toBe(6);
    expect(indentAfter('        text: |')).toBe(10);
    expect(indentAfter('      - items:')).toBe(10);
  });
});
