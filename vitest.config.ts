import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything but the LibreOffice comparison, which has its own command: `npm run test:render`.
// A generous time limit, not a speed requirement: on a loaded two-core machine a PDF test took 5.5 s.
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'tests/fidelity/**'], testTimeout: 60_000 },
});
