/**
 * `npm run fuzz`: the property tests of tests/property with many more cases than `npm test` runs
 * (GRAMOTA_FUZZ_RUNS, 10 000 by default; each property takes its share, see tests/property/_runs.ts).
 * Extra arguments go to vitest. Replay a failure with the seed and path fast-check printed, for that property only:
 * GRAMOTA_FUZZ_SEED=… GRAMOTA_FUZZ_PATH=… npm run fuzz -- -t "data mutations" (on Windows, set the variables first).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const vitestDir = dirname(createRequire(import.meta.url).resolve('vitest/package.json'));
const runs = process.env.GRAMOTA_FUZZ_RUNS ?? '10000';
const started = Date.now();
console.log(`fuzz: GRAMOTA_FUZZ_RUNS=${runs}`);
const result = spawnSync(
  process.execPath,
  [join(vitestDir, 'vitest.mjs'), 'run', 'tests/property', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, GRAMOTA_FUZZ_RUNS: runs } },
);
console.log(`fuzz: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(result.status ?? 1);
