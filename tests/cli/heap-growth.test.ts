import { describe, expect, it } from 'vitest';
import { bigPlanChars, shouldLimitHeapGrowth } from '../../src/cli/heap-growth.js';
import { generateRoadmap } from '../../scripts/bench/workloads.js';

describe('the heap of a big plan grows by half between full collections', () => {
  it('limits a 10,000-row roadmap and leaves a 1,000-row one to V8', () => {
    expect(shouldLimitHeapGrowth(generateRoadmap(10_000).length)).toBe(true);
    expect(shouldLimitHeapGrowth(generateRoadmap(1_000).length)).toBe(false);
    expect(shouldLimitHeapGrowth(bigPlanChars)).toBe(true);
    expect(shouldLimitHeapGrowth(bigPlanChars - 1)).toBe(false);
  });
});
