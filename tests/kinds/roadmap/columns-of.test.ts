import { describe, expect, it } from 'vitest';
import { columnKeys } from '../../../src/kinds/roadmap/columns-of.js';
import type { RoadmapTable } from '../../../src/kinds/roadmap/schema.js';

const table = (extra: Partial<RoadmapTable>) => ({ ...extra }) as RoadmapTable;

describe('the columns of a roadmap', () => {
  it('are the default ones when the plan names none', () => {
    const items = [{ activity: 'А', term: '2025-09', responsible: 'ivanov', result: 'Приказ' }];
    expect(columnKeys(table({ items }))).toEqual(['number', 'activity', 'term', 'responsible', 'result']);
  });

  it('leave out a default column no item fills, also in stages and nested items: no empty «Ключевой результат»', () => {
    const stages = [
      {
        title: 'Первый',
        items: [{ activity: 'А', term: '2025-09', items: [{ activity: 'Б', responsible: 'ivanov' }] }],
      },
    ];
    expect(columnKeys(table({ stages } as Partial<RoadmapTable>))).toEqual([
      'number',
      'activity',
      'term',
      'responsible',
    ]);
    expect(columnKeys(table({ items: [{ activity: 'А' }] } as Partial<RoadmapTable>))).toEqual([
      'number',
      'activity',
    ]);
  });

  it('keep every column the plan names, filled or not', () => {
    const columns = ['number', 'activity', 'result'] as RoadmapTable['columns'];
    expect(columnKeys(table({ columns, items: [{ activity: 'А' }] } as Partial<RoadmapTable>))).toEqual([
      'number',
      'activity',
      'result',
    ]);
  });
});
