import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readTree } from '../_fixtures/read-tree.js';
import { useTempFolder } from '../_fixtures/temp.js';

// A build script in plain JavaScript (scripts/), loaded by a path the type checker does not follow.
const sourceIdScript = '../../scripts/source-id.mjs';
const { computeSourceId } = (await import(sourceIdScript)) as { computeSourceId(root: string): string };

const root = resolve(import.meta.dirname, '../..');
// Two folders below the package root, as dist/cli-bundle is: the bundled platform finds templates and fonts so.
const bundle = join(root, '.scratch', `cli-bundle-test-${process.pid}`);
const env = { SOURCE_DATE_EPOCH: '1601510400' };
const { fresh } = useTempFolder('bundle');

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const loader = pathToFileURL(join(root, 'src', 'cli', 'load-bundle.ts')).href;

/**
 * The bundled command (scripts/build-cli.mjs) in its own process, as bin/gramota.js runs it: loaded with its code
 * cache in the bundle's folder (src/cli/load-bundle.ts), written after the run when there was none. Prints how the
 * cache went, `cache: none|used|rejected`, on stderr after the command.
 */
function runBundle(cwd: string, ...argv: string[]) {
  const main = join(bundle, 'main.js');
  const script = `import { loadBundle } from ${JSON.stringify(loader)};
const b = loadBundle(${JSON.stringify(main)}, [${JSON.stringify(bundle)}], process.argv[1]);
process.exitCode = await b.exports.run(process.argv.slice(1), { stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s), cwd: process.cwd(), env: process.env });
b.save();
process.stderr.write('cache: ' + b.cache);`;
  return spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script, ...argv], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

beforeAll(() => {
  mkdirSync(join(root, '.scratch'), { recursive: true });
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), bundle], {
    encoding: 'utf8',
  });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
}, 300_000);
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

describe('the bundled CLI (dist/cli-bundle)', () => {
  it('holds pdfmake, pdfkit and fontkit itself: none is loaded from node_modules, where the patches would miss it', () => {
    const code = readdirSync(bundle)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(bundle, f), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/require\(["'](pdfmake|pdfkit|fontkit)[/"']/);
    expect(code).not.toMatch(/from ?["'](pdfmake|pdfkit|fontkit)[/"']/);
    expect(readdirSync(join(bundle, 'data'))).toContain('sRGB_IEC61966_2_1.icc');
  });

  it('names the sources it was built from, as the studio’s page does: gramota studio compares the two', () => {
    expect(readFileSync(join(bundle, 'source-id'), 'utf8')).toBe(`${computeSourceId(root)}\n`);
  });

  it('is ASCII only (scripts/ascii-bundle.mjs): Node reads it without decoding UTF-8', () => {
    for (const name of ['main.js', 'build-worker.js']) {
      const bytes = readFileSync(join(bundle, name));
      expect(
        bytes.findIndex((byte) => byte > 0x7f),
        name,
      ).toBe(-1);
      // Headed by the SHA-1 of the rest, which its code cache is checked by (src/cli/load-bundle.ts).
      const [, hash] = /^\/\*sha1:([0-9a-f]{40})\*\//.exec(bytes.toString('latin1', 0, 49)) ?? [];
      expect(hash, name).toBe(createHash('sha1').update(bytes.subarray(49)).digest('hex'));
    }
  });

  it('builds a package byte for byte as the CLI from source does: hyphens, justification, widows and kerning applied', {
    timeout: 300_000,
  }, async () => {
    const [fromBundle, fromCache, fromSource] = [fresh(), fresh(), fresh()];
    for (const cwd of [fromBundle, fromCache, fromSource])
      cpSync(join(root, 'data', 'chita-mentoring-package.yaml'), join(cwd, 'plan.yaml'));
    // The first start compiles the bundle and writes its code cache; the second runs from that cache.
    for (const [cwd, cache] of [
      [fromBundle, 'none'],
      [fromCache, 'used'],
    ] as const) {
      const bundled = runBundle(cwd, 'build', 'plan.yaml');
      expect(bundled.stderr).toBe(`cache: ${cache}`);
      expect(bundled.status).toBe(0);
    }
    const code = await run(['build', 'plan.yaml'], {
      stdout: () => {},
      stderr: () => {},
      cwd: fromSource,
      env,
    });
    expect(code).toBe(0);
    const b = readTree(join(fromSource, 'output'));
    for (const cwd of [fromBundle, fromCache]) {
      const a = readTree(join(cwd, 'output'));
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      expect([...a.keys()].filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(4);
      for (const [name, bytes] of a) expect(bytes.equals(b.get(name)!), name).toBe(true);
    }
  });

  it('reports a plan error in Russian at its line, with exit code 1 and no stack trace', () => {
    const cwd = fresh();
    cpSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), join(cwd, 'plan.yaml'));
    const source = readFileSync(join(cwd, 'plan.yaml'), 'utf8');
    const broken = join(cwd, 'broken.yaml');
    cpSync(join(cwd, 'plan.yaml'), broken);
    writeFileSync(broken, `${source}\nunknown_key_here: 1\n`);
    const result = runBundle(cwd, 'check', 'broken.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expect(result.stderr).toMatch(/[а-я]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/cache: none$/);
  });
});
