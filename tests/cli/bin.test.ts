import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../_fixtures/temp.js';

// bin/gramota.js as a user runs it: this Node, the bundle and its code cache in dist/cli-bundle (npm run build).
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'gramota.js');
const { fresh } = useTempFolder('bin');

/** The command in a process of its own; a preload tells which of Node's ES module loader modules it loaded. */
function gramota(cwd: string, ...argv: string[]) {
  const preload = join(cwd, 'loaded.cjs');
  writeFileSync(
    preload,
    "process.on('exit', () => process.stderr.write('\\nloaded: ' + process.moduleLoadList.filter((m) => m.includes('/esm/')).join(',')));",
  );
  const result = spawnSync(process.execPath, ['--require', preload, bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1601510400', XDG_CACHE_HOME: join(cwd, 'user-cache') },
  });
  const [stderr = '', loaded = ''] = result.stderr.split('\nloaded: ');
  return { status: result.status, stdout: result.stdout, stderr, loaded };
}

describe('bin/gramota.js', () => {
  it('builds a plan from the bundle, as CommonJS: Node does not set up its ES module loader for it', () => {
    expect(
      existsSync(join(root, 'dist', 'cli-bundle', 'load-bundle.js')),
      'dist/ is built (npm run build)',
    ).toBe(true);
    const cwd = fresh();
    cpSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), join(cwd, 'plan.yaml'));
    const version = gramota(cwd, '--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const built = gramota(cwd, 'build', 'plan.yaml', '--out', 'out');
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(readdirSync(join(cwd, 'out', 'plan')).filter((f) => /\.(docx|pdf)$/.test(f)).length).toBe(2);
    // An ES module entry point (or one loaded through import()) would have Node translate it: ~15 ms of a start.
    for (const run of [version, built]) expect(run.loaded).not.toMatch(/esm\/translators/);
  }, 120_000);

  it('reports a plan error in Russian at its line, with exit code 1 and no stack trace', () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), 'organization:\n  name: Колледж\n  unknown_key: 1\n');
    const checked = gramota(cwd, 'check', 'plan.yaml');
    expect(checked.status).toBe(1);
    expect(checked.stderr).toMatch(/plan\.yaml:\d+:\d+/);
    expect(checked.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('check ends its summary with a line break: with stdout and stderr in one file, each warning has its own line', () => {
    const cwd = fresh();
    const roadmap = readFileSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), 'utf8');
    const title = 'title: Дорожная карта реализации целевой программы наставничества';
    writeFileSync(join(cwd, 'plan.yaml'), roadmap.replace(title, `${title} на 2019/2020 учебный год`));
    const out = openSync(join(cwd, 'both.txt'), 'w');
    const result = spawnSync(process.execPath, [bin, 'check', 'plan.yaml'], {
      cwd,
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    expect(result.status).toBe(0);
    expect(readFileSync(join(cwd, 'both.txt'), 'utf8').split('\n').slice(0, 2)).toEqual([
      'plan.yaml: ошибок нет, документов — 1',
      expect.stringMatching(/^plan\.yaml:43:12: предупреждение: в тексте «на 2019\/2020 учебный год»/),
    ]);
  }, 60_000);
});
