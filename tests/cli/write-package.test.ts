import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { removeStaleTemporaries } from '../../src/output/write.js';
import { orderPackage } from '../_fixtures/plans.js';

async function build(cwd: string) {
  let stderr = '';
  const code = await run(['build', 'plan.yaml', '--format', 'docx'], {
    stdout: () => {},
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: { SOURCE_DATE_EPOCH: '1601510400' },
  });
  return { code, stderr };
}

function preparePlan(): { cwd: string; out: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'gramota-write-'));
  writeFileSync(join(cwd, 'plan.yaml'), orderPackage);
  return { cwd, out: join(cwd, 'output', 'plan') };
}

const isRoot = process.getuid?.() === 0;

describe('writing a package when some files cannot be written', () => {
  it('writes the other documents, names the file that failed and exits 1', { timeout: 30_000 }, async () => {
    const { cwd, out } = preparePlan();
    expect((await build(cwd)).code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    // A folder where a document should be stands for a file Word keeps locked: the rename onto it fails.
    const [blocked, ...others] = files as [string, ...string[]];
    rmSync(join(out, blocked));
    mkdirSync(join(out, blocked));
    for (const f of others) rmSync(join(out, f));

    const { code, stderr } = await build(cwd);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `output/plan/${blocked}: файл не записан: на месте файла лежит папка с тем же именем; прежняя версия, если была, не тронута`,
    );
    expect(stderr).toContain(`не записано файлов: 1 из ${files.length}; остальные записаны`);
    for (const f of others) expect(statSync(join(out, f)).size).toBeGreaterThan(1000);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the output folder is a file', async () => {
    const { cwd } = preparePlan();
    mkdirSync(join(cwd, 'output'));
    writeFileSync(join(cwd, 'output', 'plan'), 'not a folder');
    const { code, stderr } = await build(cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('на месте папки вывода лежит файл с тем же именем');
    expect(stderr).toMatch(/не записано файлов: (\d+) из \1\n/);
    expect(readFileSync(join(cwd, 'output', 'plan'), 'utf8')).toBe('not a folder');
  });

  it.skipIf(isRoot)('says so when the output folder is read-only', async () => {
    const { cwd, out } = preparePlan();
    mkdirSync(out, { recursive: true });
    chmodSync(out, 0o555);
    const { code, stderr } = await build(cwd);
    chmodSync(out, 0o755);
    expect(code).toBe(1);
    expect(stderr).toContain('нет прав на запись в папку');
  });
});

describe('temporary files of a killed run', () => {
  it('removes stale ones and keeps documents and fresh temporaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-stale-'));
    const names = ['.Prikaz.docx.0123abcd.tmp', '.Prikaz.pdf.89abcdef.tmp', 'Prikaz.docx', 'notes.tmp'];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const n of names.slice(1)) utimesSync(join(dir, n), hourAgo, hourAgo);
    removeStaleTemporaries(dir);
    expect(readdirSync(dir).sort()).toEqual(['.Prikaz.docx.0123abcd.tmp', 'Prikaz.docx', 'notes.tmp']);
  });
});
