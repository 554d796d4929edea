import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { readTree } from '../_fixtures/read-tree.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('parallel');

/** Runs `gramota build` in a folder with GRAMOTA_JOBS; `stderr` collects both streams in the order written. */
async function build(cwd: string, jobs: string, out: string, isTty = false) {
  let stderr = '';
  const code = await run(['build', '.', '--out', out], {
    stdout: (s) => {
      stderr += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: { SOURCE_DATE_EPOCH: '1601510400', GRAMOTA_JOBS: jobs },
    isTty,
  });
  return { code, stderr };
}

/** A folder with plans a.yaml, b.yaml, c.yaml (b replaced by `b` when given). */
function writePlans(b = orderPackage): string {
  const cwd = fresh();
  writeFileSync(join(cwd, 'a.yaml'), minimalRoadmap);
  writeFileSync(join(cwd, 'b.yaml'), b);
  writeFileSync(join(cwd, 'c.yaml'), minimalRoadmap.replace('наставничества', 'адаптации'));
  return cwd;
}

/** stderr without the progress line: what a terminal shows once the build is over. */
const withoutProgress = (s: string) =>
  s
    .split('\r\x1b[2K')
    .filter((part) => !part.startsWith('Сборка: '))
    .join('');

describe('gramota build with several plans', () => {
  it('builds on worker threads the same files, with the same report, as in one thread', {
    timeout: 60_000,
  }, async () => {
    const cwd = writePlans();
    const parallel = await build(cwd, '2', 'par');
    const sequential = await build(cwd, '1', 'seq');
    expect([parallel.code, sequential.code]).toEqual([0, 0]);
    expect(parallel.stderr.replaceAll('par/', 'seq/')).toBe(sequential.stderr);
    expect(sequential.stderr.match(/^\S+\.yaml/gm)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    const [par, seq] = [readTree(join(cwd, 'par')), readTree(join(cwd, 'seq'))];
    expect([...par.keys()].sort()).toEqual([...seq.keys()].sort());
    // Each package: its documents and the list of them (.gramota-files).
    expect(par.size).toBe(2 + 7 + 2 + 3);
    for (const [name, bytes] of par) expect(bytes.equals(seq.get(name)!), name).toBe(true);
  });

  it('reports a failing plan in its place, exits 1 and writes the other plans', {
    timeout: 60_000,
  }, async () => {
    const cwd = writePlans(minimalRoadmap.replace('    columns:', '    colums:'));
    const { code, stderr } = await build(cwd, '2', 'out');
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((l) => !l.startsWith('  '));
    expect(lines).toEqual([
      'a.yaml: готово документов — 1',
      'b.yaml:14:5: неизвестный ключ «colums»; возможно, имелось в виду «columns»',
      'c.yaml: готово документов — 1',
      '',
    ]);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['a', 'c']);
  });

  it('shows progress only on a terminal, and erases it at the end', { timeout: 60_000 }, async () => {
    const cwd = writePlans();
    const plain = await build(cwd, '1', 'out');
    expect(plain.stderr).not.toMatch(/Сборка|\r/);
    for (const jobs of ['1', '2']) {
      const tty = await build(cwd, jobs, 'out', true);
      expect(tty.code).toBe(0);
      expect(tty.stderr).toContain('\r\x1b[2KСборка: 0 из 3 планов…');
      expect(tty.stderr).toContain('\r\x1b[2KСборка: 3 из 3 планов…');
      expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
      expect(withoutProgress(tty.stderr)).toBe(plain.stderr);
    }
  });

  it('refuses a GRAMOTA_JOBS that is not a positive whole number', async () => {
    for (const jobs of ['0', 'два', '-1', '1.5']) {
      const { code, stderr } = await build(writePlans(), jobs, 'out');
      expect([code, stderr]).toEqual([
        2,
        `gramota: GRAMOTA_JOBS — число одновременно собираемых планов, целое от 1, а указано «${jobs}»\n`,
      ]);
    }
  });
});
