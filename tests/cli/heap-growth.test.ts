import { describe, expect, it } from 'vitest';
import { generateRoadmap } from '../../scripts/bench/workloads.js';
import { bigPlanChars, shouldLimitHeapGrowth } from '../../src/cli/heap-growth.js';

describe('the heap of a big plan built to PDF grows by half between full collections', () => {
  it('limits a 10,000-row roadmap and leaves a 1,000-row one to V8', () => {
    expect(shouldLimitHeapGrowth(generateRoadmap(10_000).length, ['docx', 'pdf'])).toBe(true);
    expect(shouldLimitHeapGrowth(generateRoadmap(1_000).length, ['docx', 'pdf'])).toBe(false);
    expect(shouldLimitHeapGrowth(bigPlanChars, ['pdf'])).toBe(true);
    expect(shouldLimitHeapGrowth(bigPlanChars - 1, ['pdf'])).toBe(false);
  });

  it('leaves a DOCX alone to V8', () => {
    expect(shouldLimitHeapGrowth(bigPlanChars * 2, ['docx'])).toBe(false);
  });
});
