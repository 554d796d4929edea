import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary folder for one test file, removed with everything in it when the file's tests end; `fresh()` gives a
 * new empty folder inside it for each test.
 */
export function useTempFolder(prefix: string): { readonly root: string; readonly fresh: () => string } {
  const root = mkdtempSync(join(tmpdir(), `gramota-${prefix}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return { root, fresh: () => mkdtempSync(join(root, 'case-')) };
}
