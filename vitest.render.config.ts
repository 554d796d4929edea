import { defineConfig } from 'vitest/config';

// `npm run test:render`: our PDF against LibreOffice's rendering of our DOCX, page by page (needs soffice, pdftoppm).
export default defineConfig({
  test: { include: ['tests/fidelity/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false },
});
