import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recoverWorkFolders } from '../../src/output/work-folders.js';
import { useTempFolder } from '../_fixtures/temp.js';

const root = resolve(import.meta.dirname, '../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const runner = join(import.meta.dirname, '_run-cli.ts');
const kills = Number(process.env.GRAMOTA_KILLS ?? 9);

function startBuild(cwd: string, epoch: string): ChildProcess {
  return spawn(process.execPath, ['--import', tsx, runner, 'build', 'plan.yaml'], {
    cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
    stdio: 'ignore',
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

/** Every finished document of a folder with its bytes (temporary files excluded). */
function readDocuments(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir).filter((n) => /\.(docx|pdf)$/.test(n));
  return new Map(names.map((n) => [n, readFileSync(join(dir, n))]));
}

const { fresh } = useTempFolder('kill');

const copyOf = (dir: string) => {
  const cwd = fresh();
  cpSync(dir, cwd, { recursive: true });
  return cwd;
};

/** Builds a package with a creation time in a new folder; the documents it wrote. */
async function buildComplete(epoch: string): Promise<{ cwd: string; docs: Map<string, Buffer> }> {
  const cwd = fresh();
  cpSync(join(root, 'data', 'chita-mentoring-package.yaml'), join(cwd, 'plan.yaml'));
  expect(await exited(startBuild(cwd, epoch))).toBe(0);
  return { cwd, docs: readDocuments(join(cwd, 'output', 'plan')) };
}

/**
 * Kills a build: at a random moment, just after its fresh package folder appears (it is writing), or as soon as the
 * previous package is moved aside (the swap has begun).
 */
type KillMoment = 'random' | 'writing' | 'swapping';

async function killBuild(cwd: string, epoch: string, moment: KillMoment, maxDelayMs: number): Promise<void> {
  const child = startBuild(cwd, epoch);
  const done = exited(child);
  const kill = () => child.kill('SIGKILL');
  if (moment === 'random') {
    setTimeout(kill, Math.random() * maxDelayMs);
    await done;
    return;
  }
  const watcher = watch(join(cwd, 'output'), (_, name) => {
    if (moment === 'writing' && name?.endsWith('.tmp')) setTimeout(kill, Math.random() * 30);
    if (moment === 'swapping' && name?.endsWith('.old')) kill();
  });
  await done;
  watcher.close();
}

const moments: readonly KillMoment[] = ['random', 'writing', 'swapping'];

/** Which build every document of the folder comes from: all the previous one, all the next one, or a mix. */
function classify(
  found: Map<string, Buffer>,
  previous: Map<string, Buffer>,
  next: Map<string, Buffer>,
): string {
  expect([...found.keys()].sort()).toEqual([...previous.keys()].sort());
  let fresh = 0;
  for (const [name, bytes] of found) {
    const isPrevious = bytes.equals(previous.get(name)!);
    const isNext = bytes.equals(next.get(name)!);
    expect(isPrevious || isNext, `${name} is neither the old nor the new version`).toBe(true);
    if (isNext) fresh++;
  }
  return fresh === 0 ? 'previous' : fresh === found.size ? 'next' : 'mixed';
}

describe('a build killed with SIGKILL', () => {
  it(`leaves the previous package or the new one, whole, never a mix of their files (${kills} kills)`, {
    timeout: 240_000,
  }, async () => {
    const started = Date.now();
    const previous = await buildComplete('1601510400');
    const duration = Date.now() - started;
    const next = (await buildComplete('1601596800')).docs;
    expect(previous.docs.size).toBe(11);
    for (const [name, bytes] of next) expect(bytes.equals(previous.docs.get(name)!)).toBe(false);

    const outcomes: Record<string, number> = { previous: 0, next: 0, mixed: 0, 'moved aside': 0 };
    for (let i = 0; i < kills; i++) {
      const cwd = copyOf(previous.cwd);
      await killBuild(cwd, '1601596800', moments[i % moments.length]!, duration * 1.1);
      const out = join(cwd, 'output');
      // Killed between the two renames of the swap, the package folder is missing: not there, rather than mixed.
      if (existsSync(join(out, 'plan')))
        outcomes[classify(readDocuments(join(out, 'plan')), previous.docs, next)]!++;
      else outcomes['moved aside']!++;
      // The next run first cleans what the killed one left: the package comes back, the working folders go.
      recoverWorkFolders(out);
      expect(readdirSync(out)).toEqual(['plan']);
      expect(classify(readDocuments(join(out, 'plan')), previous.docs, next)).not.toBe('mixed');
      expect(readdirSync(join(out, 'plan')).filter((n) => n.startsWith('.'))).toEqual(['.gramota-files']);
    }
    console.info(`kill test: ${JSON.stringify(outcomes)}`);
    expect(outcomes.mixed).toBe(0);
  });
});

describe('a build stopped with Ctrl-C', () => {
  it('exits 130 and leaves no working folder: the packages written stay whole, the rest are not begun', {
    timeout: 240_000,
  }, async () => {
    const cwd = fresh();
    cpSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), join(cwd, 'a.yaml'));
    const rest = ['b', 'c', 'd', 'e', 'f', 'g'];
    for (const name of rest)
      cpSync(join(root, 'data', 'chita-mentoring-package.yaml'), join(cwd, `${name}.yaml`));
    const plans = ['a', ...rest].map((name) => `${name}.yaml`);
    const child = spawn(process.execPath, ['--import', tsx, runner, 'build', ...plans], {
      cwd,
      env: { ...process.env, GRAMOTA_JOBS: '1' },
      stdio: 'ignore',
    });
    const done = exited(child);
    // Plan a is written (its package folder appears); six packages of five documents each are still to build.
    await new Promise<void>((ready) => {
      const poll = setInterval(() => {
        if (existsSync(join(cwd, 'output', 'a'))) {
          clearInterval(poll);
          ready();
        }
      }, 5);
    });
    child.kill('SIGINT');
    const code = await done;
    // Ctrl-C is handled between two steps of the build: the package being written is finished first.
    const packages = readdirSync(join(cwd, 'output'));
    expect(code, `exit code, with these packages written: ${packages.join(', ')}`).toBe(130);
    expect(packages.length).toBeLessThan(plans.length);
    expect(packages.filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(join(cwd, 'output', 'a')).filter((n) => /\.(docx|pdf)$/.test(n))).toHaveLength(2);
  });

  it('removes the working folders of its own process and brings back a package it had moved aside', () => {
    const parent = fresh();
    const pid = 999_999_999;
    mkdirSync(join(parent, `.plan.${pid}.0123abcd.old`));
    mkdirSync(join(parent, `.plan.${pid}.89abcdef.tmp`));
    mkdirSync(join(parent, `.other.${process.pid}.89abcdef.tmp`));
    recoverWorkFolders(parent, pid);
    expect(readdirSync(parent).sort()).toEqual([`.other.${process.pid}.89abcdef.tmp`, 'plan']);
  });
});
