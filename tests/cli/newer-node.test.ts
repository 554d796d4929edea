import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree } from '../_fixtures/read-tree.js';
import { useTempFolder } from '../_fixtures/temp.js';

// Users run gramota on the Node they have: 22 or 24 now that 20 has reached its end of life. `.ci/run` fetches
// Node 24 from the npm registry and names it in GRAMOTA_NEWER_NODE; without it (a developer's machine) this is skipped.
const newerNode = process.env.GRAMOTA_NEWER_NODE;
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'gramota.js');
const bundleDir = join(root, 'dist', 'cli-bundle');
const plans = ['chita-mentoring-package.yaml', 'ddyut-network-plan.yaml', 'samara-network-order.yaml'];
const { fresh } = useTempFolder('newer-node');

/** `gramota build plans --out <out>` as a user runs it, on the given Node, with two plans at a time (a worker thread). */
function build(node: string, cwd: string, out: string, compileCache: string) {
  return spawnSync(node, [bin, 'build', 'plans', '--out', out], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: '1601510400',
      GRAMOTA_JOBS: '2',
      NODE_COMPILE_CACHE: compileCache,
      // The user's cache folder, where a read-only install keeps its code cache, is the test's own.
      XDG_CACHE_HOME: join(cwd, 'user-cache'),
    },
  });
}

describe.runIf(newerNode)(`the command on a newer Node (${newerNode})`, () => {
  it('builds the example plans byte for byte as this Node does, from its own code caches', {
    timeout: 300_000,
  }, () => {
    expect(existsSync(join(bundleDir, 'main.js')), 'dist/ is built (npm run build)').toBe(true);
    const [version, v8] = spawnSync(newerNode!, ['-p', "process.version + ' ' + process.versions.v8"], {
      encoding: 'utf8',
    })
      .stdout.trim()
      .split(' ');
    expect(Number(/^v(\d+)\./.exec(version ?? '')?.[1])).toBeGreaterThanOrEqual(22);
    expect(v8).not.toBe(process.versions.v8);
    const cwd = fresh();
    for (const plan of plans) cpSync(join(root, 'data', plan), join(cwd, 'plans', plan));
    const caches = new Set(readdirSync(bundleDir));
    const compileCache = join(cwd, 'compile-cache');
    try {
      const here = build(process.execPath, cwd, 'here', join(cwd, 'unused'));
      expect(here.stderr).toBe('');
      expect(here.status).toBe(0);
      // The first run on the newer Node writes its caches (V8's code cache of the bundle for its V8, Node's compile
      // cache of the worker); the second runs from them.
      for (const out of ['newer', 'newer-again']) {
        const newer = build(newerNode!, cwd, out, compileCache);
        expect(newer.stderr).toBe('');
        expect(newer.status).toBe(0);
      }
      const expected = readTree(join(cwd, 'here'));
      expect([...expected.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(10);
      for (const out of ['newer', 'newer-again']) {
        const built = readTree(join(cwd, out));
        expect([...built.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [name, bytes] of built)
          expect(bytes.equals(expected.get(name)!), `${out}${name}`).toBe(true);
      }
      const written = readdirSync(bundleDir).filter((f) => !caches.has(f));
      expect(written).toContain(`main.js.build-docx_pdf.v8-${v8}.cache`);
      expect(readdirSync(compileCache, { recursive: true }).length).toBeGreaterThan(0);
    } finally {
      // The code caches this test made for the newer Node: the bundle's folder is not the test's to fill.
      for (const file of readdirSync(bundleDir).filter((f) => !caches.has(f)))
        rmSync(join(bundleDir, file), { force: true });
    }
  });
});
