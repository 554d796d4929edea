import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSiteFromOtherSources, readSourceId } from '../../src/studio/site-source.js';

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'gramota-site-source-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('the sources a studio page was built from (src/studio/site-source.ts)', () => {
  it('reads the id its build wrote, and none from a page built before builds wrote one', () => {
    expect(readSourceId(site)).toBeUndefined();
    writeFileSync(join(site, 'source-id'), '0123456789abcdef\n');
    expect(readSourceId(site)).toBe('0123456789abcdef');
  });

  it('tells a page of other sources than the command, or of none named, and never without a command id', () => {
    expect(isSiteFromOtherSources(site, '0123456789abcdef')).toBe(true);
    writeFileSync(join(site, 'source-id'), 'fedcba9876543210\n');
    expect(isSiteFromOtherSources(site, '0123456789abcdef')).toBe(true);
    expect(isSiteFromOtherSources(site, 'fedcba9876543210')).toBe(false);
    // The command run from dist/cli, without its bundle: nothing to compare with.
    expect(isSiteFromOtherSources(site, undefined)).toBe(false);
  });
});
