import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { recoverWorkFolders } from '../../src/output/work-folders.js';
import { writePackageFolder } from '../../src/output/write.js';
import { orderPackage } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('write');

async function build(cwd: string, ...args: string[]) {
  let stderr = '';
  const code = await run(['build', 'plan.yaml', '--format', 'docx', ...args], {
    stdout: () => {},
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: { SOURCE_DATE_EPOCH: '1601510400' },
  });
  return { code, stderr };
}

function preparePlan(source = orderPackage): { cwd: string; out: string } {
  const cwd = fresh();
  writeFileSync(join(cwd, 'plan.yaml'), source);
  return { cwd, out: join(cwd, 'output', 'plan') };
}

const isRoot = process.getuid?.() === 0;
const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));
const files = (names: string[], text: string) => names.map((name) => ({ name, bytes: Buffer.from(text) }));

describe('a package is written as a whole', () => {
  it('keeps the previous package intact when a file cannot be written (a full disk)', () => {
    const dir = join(fresh(), 'plan');
    expect(writePackageFolder(dir, files(['A.docx', 'A.pdf'], 'old'))).toHaveProperty('written');
    let calls = 0;
    const result = writePackageFolder(dir, files(['A.docx', 'A.pdf'], 'new'), {
      writeFile: (path, bytes) => {
        if (++calls === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        writeFileSync(path, bytes);
      },
    });
    expect(result).toEqual({
      problem: {
        code: 'file-unwritable',
        file: join(dir, 'A.pdf'),
        message: 'не записано: на диске нет места; прежняя версия, если была, не тронута',
      },
    });
    expect(readFileSync(join(dir, 'A.docx'), 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'A.pdf'), 'utf8')).toBe('old');
    expect(readdirSync(join(dir, '..'))).toEqual(['plan']);
  });

  it('removes files of documents gone from the plan and keeps what the user put in the folder', () => {
    const dir = join(fresh(), 'plan');
    writePackageFolder(dir, files(['Old_title.docx', 'Old_title.pdf', 'Prikaz.pdf'], 'old'));
    writeFileSync(join(dir, 'podpisannyi-skan.pdf'), 'scan');
    writePackageFolder(dir, files(['New_title.docx', 'Prikaz.pdf'], 'new'));
    expect(readdirSync(dir).sort()).toEqual([
      '.gramota-files',
      'New_title.docx',
      'Prikaz.pdf',
      'podpisannyi-skan.pdf',
    ]);
    expect(readFileSync(join(dir, 'Prikaz.pdf'), 'utf8')).toBe('new');
  });

  it('keeps the other documents when only some are built (--only)', () => {
    const dir = join(fresh(), 'plan');
    writePackageFolder(dir, files(['A.pdf', 'B.pdf'], 'old'));
    writePackageFolder(dir, files(['A.pdf'], 'new'), { isPartial: true });
    writePackageFolder(dir, files(['A.pdf', 'C.pdf'], 'all'));
    // B was gramota's: the full build after the partial one still knows it as its own and removes it.
    expect(readdirSync(dir).sort()).toEqual(['.gramota-files', 'A.pdf', 'C.pdf']);
  });

  it('says so when the output folder is a file, and changes nothing', async () => {
    const { cwd } = preparePlan();
    mkdirSync(join(cwd, 'output'));
    writeFileSync(join(cwd, 'output', 'plan'), 'not a folder');
    const { code, stderr } = await build(cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('на месте папки вывода лежит файл с тем же именем');
    expect(stderr).toMatch(/пакет не записан \(\d+ файл[а-я]*\): папка с документами осталась прежней\n$/);
    expect(readFileSync(join(cwd, 'output', 'plan'), 'utf8')).toBe('not a folder');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(isRoot)('says so when the output folder is read-only', async () => {
    const { cwd } = preparePlan();
    mkdirSync(join(cwd, 'output'));
    chmodSync(join(cwd, 'output'), 0o555);
    const { code, stderr } = await build(cwd);
    chmodSync(join(cwd, 'output'), 0o755);
    expect(code).toBe(1);
    expect(stderr).toContain('нет прав на запись в папку');
  });
});

describe('working folders of an interrupted run', () => {
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid;

  it('brings back a package moved aside by a swap a kill interrupted, and removes the fresh folder', () => {
    const parent = fresh();
    mkdirSync(join(parent, `.plan.${deadPid}.0123abcd.old`));
    writeFileSync(join(parent, `.plan.${deadPid}.0123abcd.old`, 'A.pdf'), 'previous');
    mkdirSync(join(parent, `.plan.${deadPid}.89abcdef.tmp`));
    recoverWorkFolders(parent);
    expect(readdirSync(parent)).toEqual(['plan']);
    expect(readFileSync(join(parent, 'plan', 'A.pdf'), 'utf8')).toBe('previous');
  });

  it('keeps a fresh folder of a run in progress, and removes one older than ten minutes', () => {
    const parent = fresh();
    const running = `.plan.${process.pid}.0123abcd.tmp`;
    const stale = `.other.${process.pid}.89abcdef.tmp`;
    for (const n of [running, stale, 'notes.tmp']) mkdirSync(join(parent, n));
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(parent, stale), hourAgo, hourAgo);
    recoverWorkFolders(parent);
    expect(readdirSync(parent).sort()).toEqual([running, 'notes.tmp'].sort());
    expect(hidden(parent)).toEqual([running]);
  });
});
