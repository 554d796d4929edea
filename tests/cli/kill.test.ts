import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

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

const copyOf = (dir: string) => {
  const cwd = mkdtempSync(join(tmpdir(), 'gramota-kill-'));
  cpSync(dir, cwd, { recursive: true });
  return cwd;
};

/** Builds a package with a creation time in a new folder; the documents it wrote. */
async function buildComplete(epoch: string): Promise<{ cwd: string; docs: Map<string, Buffer> }> {
  const cwd = mkdtempSync(join(tmpdir(), 'gramota-kill-'));
  cpSync(join(root, 'data', 'chita-mentoring-package.yaml'), join(cwd, 'plan.yaml'));
  expect(await exited(startBuild(cwd, epoch))).toBe(0);
  return { cwd, docs: readDocuments(join(cwd, 'output', 'plan')) };
}

/**
 * Kills a build: at a random moment, just after its first temporary file appears (it is writing), or as soon as its
 * first finished document is renamed into place (the package is half replaced).
 */
type KillMoment = 'random' | 'writing' | 'renamed';

async function killBuild(cwd: string, epoch: string, moment: KillMoment, maxDelayMs: number): Promise<void> {
  const child = startBuild(cwd, epoch);
  const done = exited(child);
  const kill = () => child.kill('SIGKILL');
  if (moment === 'random') {
    setTimeout(kill, Math.random() * maxDelayMs);
    await done;
    return;
  }
  const watcher = watch(join(cwd, 'output', 'plan'), (_, name) => {
    if (moment === 'writing' && name?.endsWith('.tmp')) setTimeout(kill, Math.random() * 30);
    if (moment === 'renamed' && /\.(docx|pdf)$/.test(name ?? '')) kill();
  });
  await done;
  watcher.close();
}

const moments: readonly KillMoment[] = ['random', 'writing', 'renamed'];

describe('a build killed with SIGKILL', () => {
  it(`never leaves a truncated document nor damages the previous version (${kills} kills)`, {
    timeout: 240_000,
  }, async () => {
    const started = Date.now();
    const previous = await buildComplete('1601510400');
    const duration = Date.now() - started;
    const next = (await buildComplete('1601596800')).docs;
    expect(previous.docs.size).toBe(11);
    for (const [name, bytes] of next) expect(bytes.equals(previous.docs.get(name)!)).toBe(false);

    const outcomes = { previous: 0, mixed: 0, next: 0 };
    for (let i = 0; i < kills; i++) {
      const cwd = copyOf(previous.cwd);
      await killBuild(cwd, '1601596800', moments[i % moments.length]!, duration * 1.1);
      const found = readDocuments(join(cwd, 'output', 'plan'));
      expect([...found.keys()].sort()).toEqual([...previous.docs.keys()].sort());
      let fresh = 0;
      for (const [name, bytes] of found) {
        const isPrevious = bytes.equals(previous.docs.get(name)!);
        const isNext = bytes.equals(next.get(name)!);
        expect(isPrevious || isNext, `${name} is neither the old nor the new version`).toBe(true);
        if (isNext) fresh++;
      }
      outcomes[fresh === 0 ? 'previous' : fresh === found.size ? 'next' : 'mixed']++;
      const strays = readdirSync(join(cwd, 'output', 'plan')).filter((n) => !found.has(n));
      for (const n of strays) expect(n).toMatch(/^\..+\.(docx|pdf)\.[0-9a-f]{8}\.tmp$/);
    }
    console.info(`kill test: ${JSON.stringify(outcomes)}`);
    // Kills right after the first rename leave a package that is part old, part new: each file whole.
    expect(outcomes.mixed).toBeGreaterThan(0);
  });
});
