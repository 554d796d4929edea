import { describe, expect, it } from 'vitest';
import { numberItems } from '../../../src/kinds/roadmap/numbering.js';
import type { RoadmapItem } from '../../../src/kinds/roadmap/schema.js';

const item = (activity: string, items?: RoadmapItem[]): RoadmapItem => ({
  activity,
  ...(items ? { items } : {}),
});

describe('numberItems', () => {
  it('numbers to any depth: 1., 1.1, 1.1.1, 1.1.1.1', () => {
    const items = [item('a', [item('b', [item('c', [item('d')])]), item('e')]), item('f')];
    expect(numberItems(items).map((n) => `${n.number}/${n.depth}`)).toEqual([
      '1./0',
      '1.1/1',
      '1.1.1/2',
      '1.1.1.1/3',
      '1.2/1',
      '2./0',
    ]);
  });

  it('puts the stage number first inside a stage: 2.1, 2.1.1', () => {
    const items = [item('a', [item('b')]), item('c')];
    expect(numberItems(items, [2]).map((n) => `${n.number}/${n.depth}`)).toEqual([
      '2.1/0',
      '2.1.1/1',
      '2.2/0',
    ]);
  });

  it('reaches 4.4.1 as in the Chita roadmap', () => {
    const items = [
      item('1'),
      item('2'),
      item('3'),
      item('4', [item('4.1'), item('4.2'), item('4.3'), item('4.4', [item('x')])]),
    ];
    expect(numberItems(items).at(-1)?.number).toBe('4.4.1');
  });

  it('writes the numbers as number_style says: dots «1.», «1.1.»; bare «1», «1.1»', () => {
    const items = [item('a', [item('b', [item('c')])]), item('d')];
    expect(numberItems(items, [], 'dots').map((n) => n.number)).toEqual(['1.', '1.1.', '1.1.1.', '2.']);
    expect(numberItems(items, [], 'bare').map((n) => n.number)).toEqual(['1', '1.1', '1.1.1', '2']);
    expect(numberItems(items, [3], 'dots').map((n) => n.number)).toEqual([
      '3.1.',
      '3.1.1.',
      '3.1.1.1.',
      '3.2.',
    ]);
  });
});
