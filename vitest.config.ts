import { configDefaults, defineConfig } from 'vitest/config';

// `npm test` runs everything but the LibreOffice comparison, which has its own command: `npm run test:render`.
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'tests/fidelity/**'] },
});
