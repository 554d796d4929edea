import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything but the LibreOffice comparison and the browser tests, which have their own commands:
// `npm run test:render` and `npm run test:web`.
// No test may depend on the machine's speed: a loaded CI machine builds a package many times slower than a quiet one,
// so the time limits only catch a hang.
export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/fidelity/**', 'tests/web/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
