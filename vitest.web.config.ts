import { defineConfig } from 'vitest/config';

// `npm run test:web`: the studio in a real browser (Chromium driven by playwright-core); .ci/run runs it too.
export default defineConfig({
  test: { include: ['tests/web/**/*.browser.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
