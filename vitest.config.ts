import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything but the LibreOffice comparison, which has its own command: `npm run test:render`.
// No test depends on the machine's speed: vitest's 5-second default failed tests on a loaded machine, so a test fails
// on time only after two minutes, or at its own bound where its subject is time (a long word, an alias bomb).
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/fidelity/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
