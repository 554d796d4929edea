import type { Parameters } from 'fast-check';

/**
 * How many cases each property runs. `npm test` runs the small CI counts; `npm run fuzz` sets
 * GRAMOTA_FUZZ_RUNS (10 000 by default) and every property takes its share of it. GRAMOTA_FUZZ_SEED
 * (and GRAMOTA_FUZZ_PATH) replay a failure that fast-check reported.
 */
const fuzzRuns = Number(process.env.GRAMOTA_FUZZ_RUNS ?? 0);

/** The run count of a property: `ci` cases normally, `share` of GRAMOTA_FUZZ_RUNS when fuzzing. */
export function countRuns(ci: number, share: number): number {
  return fuzzRuns > 0 ? Math.max(ci, Math.round(fuzzRuns * share)) : ci;
}

/**
 * `npm test` draws the same cases every time (a red CI run is then a change in the code, not luck of the draw);
 * `npm run fuzz` draws new ones on each run.
 */
const ciSeed = 20261123;

/** fast-check parameters for `runs` cases, with the replay seed and path when given. */
export function toParameters<T>(runs: number): Parameters<T> {
  const seed = process.env.GRAMOTA_FUZZ_SEED ?? (fuzzRuns > 0 ? undefined : String(ciSeed));
  const path = process.env.GRAMOTA_FUZZ_PATH;
  return {
    numRuns: runs,
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path, endOnFailure: true }),
  };
}

/** A test timeout generous enough for `runs` cases of about `msPerRun` each on a slow machine (plus shrinking). */
export function toTimeout(runs: number, msPerRun: number): number {
  return 60_000 + runs * msPerRun * 4;
}
