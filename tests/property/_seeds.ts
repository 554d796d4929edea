import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { planArb } from './_plan.js';

/** Plans to mutate: the real plans of data/, the test fixtures, the bad-input corpus, and generated valid plans. */
const root = join(import.meta.dirname, '../..');

function readPlans(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export const dataPlans: readonly string[] = readPlans(join(root, 'data'));
export const smallPlans: readonly string[] = [minimalRoadmap, orderPackage];
export const badPlans: readonly string[] = readPlans(join(root, 'tests/corpus/bad'));

/** A plan text to start from. */
export const seedArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...dataPlans) },
  { weight: 2, arbitrary: fc.constantFrom(...smallPlans) },
  { weight: 1, arbitrary: fc.constantFrom(...badPlans) },
  { weight: 2, arbitrary: planArb.map((plan) => stringify(plan)) },
);

/** A small plan text to start from, for cases that render every document. */
export const smallSeedArb: fc.Arbitrary<string> = fc.constantFrom(
  ...smallPlans,
  ...dataPlans.filter((p) => p.length < 8000),
);
