import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary folder for one test file, removed with everything in it when the file's tests end; `fresh()` gives a
 * new empty folder inside it for each test. It is made when first asked for: a file whose tests are all skipped
 * (vitest then runs none of its hooks) leaves nothing behind.
 */
export function useTempFolder(prefix: string): { readonly root: string; readonly fresh: () => string } {
  let root: string | undefined;
  const make = () => {
    root ??= mkdtempSync(join(tmpdir(), `gramota-${prefix}-`));
    return root;
  };
  afterAll(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });
  return {
    get root() {
      return make();
    },
    fresh: () => mkdtempSync(join(make(), 'case-')),
  };
}
