import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything but the LibreOffice comparison and the browser tests, which have their own commands:
// `npm run test:render` and `npm run test:web`.
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'tests/fidelity/**', 'tests/web/**/*.browser.test.ts'] },
});
