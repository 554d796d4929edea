import { describe, expect, it } from 'vitest';
import { findParentPath, item, readLine } from '../../src/web/yaml-path.js';

const plan = `organization:
  name: Школа № 1

documents:
  - type: roadmap
    # comment
    items:
      - activity: Подготовка
        te
  - type: order
    body:
      - 
`.split('\n');

describe('findParentPath', () => {
  it('follows keys and list items up by indentation, while the text is still being typed', () => {
    expect(findParentPath(plan, 1, 2)).toEqual(['organization']);
    expect(findParentPath(plan, 8, 8)).toEqual(['documents', item, 'items', item]);
    expect(findParentPath(plan, 6, 4)).toEqual(['documents', item]);
    expect(findParentPath(plan, 9, 4)).toEqual(['documents', item]);
    expect(findParentPath(plan, 3, 0)).toEqual([]);
  });

  it('takes the key after a list marker as the first key of that item', () => {
    expect(findParentPath(plan, 7, 8)).toEqual(['documents', item, 'items', item]);
    expect(findParentPath(plan, 12, 8)).toEqual(['documents', item, 'body', item]);
  });
});

describe('readLine', () => {
  it('reads the key and the columns of list markers; comments and blank lines are nothing', () => {
    expect(readLine('      - activity: Подготовка')).toEqual({ key: 'activity', keyColumn: 8, dashes: [6] });
    expect(readLine('  - - x')).toEqual({ key: undefined, keyColumn: 6, dashes: [2, 4] });
    expect(readLine('    # comment')).toBeUndefined();
    expect(readLine('   ')).toBeUndefined();
    expect(readLine('    text: "a: b"')?.key).toBe('text');
  });
});
