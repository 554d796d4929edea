import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import type { Io } from '../../src/cli/main.js';
import { runStudio } from '../../src/studio/command.js';
import { readCommandSourceId } from '../../src/studio/site-source.js';

let dir: string;
let out: string[];
let err: string[];
let io: Io;
let site: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gramota-studio-cmd-'));
  site = join(dir, 'web');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<html><head></head></html>');
  // Built from the same sources as the command that serves it (scripts/source-id.mjs), when the command has an id.
  writeFileSync(
    join(site, 'source-id'),
    `${readCommandSourceId(join(import.meta.dirname, '../..')) ?? ''}\n`,
  );
  out = [];
  err = [];
  io = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: dir, env: {} };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('gramota studio: arguments', () => {
  it('takes one plan, a port and --no-open', () => {
    expect(parseArgs(['studio'])).toEqual({ name: 'studio', plan: undefined, port: undefined, open: true });
    expect(parseArgs(['studio', 'plan.yaml', '--port', '9000', '--no-open'])).toEqual({
      name: 'studio',
      plan: 'plan.yaml',
      port: 9000,
      open: false,
    });
    expect(parseArgs(['studio', '--port=9001'])).toMatchObject({ port: 9001 });
  });

  it('explains a wrong port or a second plan in Russian', () => {
    expect(parseArgs(['studio', '--port', 'восемь'])).toEqual({
      usage: '--port: ожидается номер порта от 1 до 65535, получено «восемь»',
    });
    expect(parseArgs(['studio', '--port', '70000'])).toHaveProperty('usage');
    expect(parseArgs(['studio', 'a.yaml', 'b.yaml'])).toEqual({
      usage: 'студия открывает один план: gramota studio plan.yaml',
    });
  });
});

describe('gramota studio: running', () => {
  it('serves a plan file not there yet, saying the first change creates it, and creates nothing itself', async () => {
    const command = { name: 'studio', plan: 'new.yaml', port: 0, open: false } as const;
    const code = await runStudio(command, io, Promise.resolve(), site);
    expect(code).toBe(0);
    expect(out.join('')).toContain(
      'Файла new.yaml ещё нет: студия начнёт его с образца дорожной карты и создаст файл при первом изменении плана',
    );
    expect(existsSync(join(dir, 'new.yaml'))).toBe(false);
  });

  it('refuses a new plan in a folder that is not there, or not named .yaml, exit code 1, without serving', async () => {
    const run = (plan: string) =>
      runStudio({ name: 'studio', plan, open: false }, io, Promise.resolve(), site);
    expect(await run(join('нет', 'new.yaml'))).toBe(1);
    expect(err.join('')).toBe(
      `gramota: нет папки для нового плана ${join('нет', 'new.yaml')}: создайте её или укажите другую\n`,
    );
    err.length = 0;
    expect(await run('new.txt')).toBe(1);
    expect(err.join('')).toBe(
      'gramota: new.txt: у файла плана расширение .yaml (например, gramota studio план.yaml)\n',
    );
    expect(out).toEqual([]);
  });

  it('reports a plan file it cannot read as the CLI does, exit code 1, without serving', async () => {
    writeFileSync(join(dir, 'empty.yaml'), new Uint8Array([0xff, 0xfe, 0x00]));
    const code = await runStudio(
      { name: 'studio', plan: 'empty.yaml', open: false },
      io,
      Promise.resolve(),
      site,
    );
    expect(code).toBe(1);
    expect(err.join('')).toContain('empty.yaml');
    expect(out).toEqual([]);
  });

  it('serves until stopped and prints its address and the plan it edits', async () => {
    writeFileSync(join(dir, 'plan.yaml'), 'organization: {}\n');
    const command = { name: 'studio', plan: 'plan.yaml', port: 0, open: false } as const;
    const code = await runStudio(command, io, Promise.resolve(), site);
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/^Студия открыта: http:\/\/127\.0\.0\.1:\d+\/\nОстановить — Ctrl\+C\n/);
    expect(out.join('')).toContain('Редактируется plan.yaml; каждое изменение сохраняется в этот файл');
  });

  it('asks for the build when the site is not built', async () => {
    rmSync(site, { recursive: true });
    const code = await runStudio({ name: 'studio', open: false }, io, Promise.resolve(), site);
    expect(code).toBe(1);
    expect(err.join('')).toBe(
      'gramota: студия не собрана: нет web; выполните npm run build:web (или npm ci, который собирает её сам)\n',
    );
  });

  it('refuses a page built from other sources than the command, or before builds named theirs, naming the build', async () => {
    const run = () =>
      runStudio({ name: 'studio', open: false }, io, Promise.resolve(), site, '0123456789abcdef');
    const said =
      'gramota: страница студии в web собрана из других исходников, чем команда gramota (npm run build собирает только команду), и может не знать новых ключей плана; пересоберите студию: npm run build:web\n';
    writeFileSync(join(site, 'source-id'), 'fedcba9876543210\n');
    expect(await run()).toBe(1);
    expect(err.join('')).toBe(said);
    err.length = 0;
    rmSync(join(site, 'source-id'));
    expect(await run()).toBe(1);
    expect(err.join('')).toBe(said);
    expect(out).toEqual([]);
    // The same sources: served.
    err.length = 0;
    writeFileSync(join(site, 'source-id'), '0123456789abcdef\n');
    expect(await run()).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('')).toMatch(/^Студия открыта: /);
  });

  it('says so when the chosen port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', () => done()));
    const port = (taken.address() as { port: number }).port;
    try {
      const code = await runStudio({ name: 'studio', port, open: false }, io, Promise.resolve(), site);
      expect(code).toBe(1);
      expect(err.join('')).toBe(`gramota: порт ${port} занят; укажите другой: gramota studio --port 8181\n`);
    } finally {
      taken.close();
    }
  });
});
