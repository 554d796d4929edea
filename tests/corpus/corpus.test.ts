import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

/**
 * Bad plans and the exact answer a user gets: each `bad/<case>.yaml` has `bad/<case>.expected` — the lines
 * `gramota check` prints (file:line:col: message, in Russian). Exit code 1, no stack trace, nothing written.
 */
const dir = join(import.meta.dirname, 'bad');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('bad input corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (file) => {
    let stderr = '';
    const code = await run(['check', file], {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      cwd: dir,
      env: {},
    });
    const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.expected')), 'utf8');
    expect(stderr).toBe(expected);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
