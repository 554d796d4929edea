import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

type SourceId = { computeSourceId(root: string): string; sourceIdFile: string };
// A build script in plain JavaScript (scripts/), loaded by a path the type checker does not follow.
const script = '../../scripts/source-id.mjs';
const { computeSourceId } = (await import(script)) as SourceId;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gramota-source-id-'));
  mkdirSync(join(root, 'src', 'web'), { recursive: true });
  mkdirSync(join(root, 'templates'));
  mkdirSync(join(root, 'tests'));
  writeFileSync(join(root, 'src', 'plan.ts'), 'export const keys = ["title"];\n');
  writeFileSync(join(root, 'src', 'web', 'page.ts'), 'export {};\n');
  writeFileSync(join(root, 'templates', 'order.hbs'), '{{title}}\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  writeFileSync(join(root, 'tests', 'plan.test.ts'), '\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the id of the sources a build is made of (scripts/source-id.mjs)', () => {
  it('is the same for the same files, and another when a source, a template or the locked packages change', () => {
    const id = computeSourceId(root);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(computeSourceId(root)).toBe(id);
    const changed = (path: string, text: string) => {
      writeFileSync(join(root, path), text);
      return computeSourceId(root);
    };
    const seen = new Set([id]);
    for (const [path, text] of [
      ['src/plan.ts', 'export const keys = ["title", "only_for"];\n'],
      ['src/web/page.ts', 'export const page = 1;\n'],
      ['src/new.ts', '\n'],
      ['templates/order.hbs', '{{title}}!\n'],
      ['package-lock.json', '{ "lockfileVersion": 3 }\n'],
    ] as const) {
      const next = changed(path, text);
      expect(seen.has(next), path).toBe(false);
      seen.add(next);
    }
  });

  it('does not change with a file outside what the builds read (a test)', () => {
    const id = computeSourceId(root);
    writeFileSync(join(root, 'tests', 'plan.test.ts'), 'it.todo("x");\n');
    expect(computeSourceId(root)).toBe(id);
  });
});
