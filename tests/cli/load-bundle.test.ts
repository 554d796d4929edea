import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCacheFolders, toCacheVariant } from '../../src/cli/load-bundle.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('load-bundle');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const loader = pathToFileURL(join(import.meta.dirname, '../../src/cli/load-bundle.ts')).href;

type Start = { cache: string; answer: string; greeting: string; saved: string | null };

/**
 * One start of the bundle in a process of its own, as the command starts (V8 remembers a script it compiled in the
 * same process, so a second load there would not read the cache): what it answered, and the cache it wrote.
 */
function start(file: string, folders: readonly string[], variant: string): Start {
  const script = `import { loadBundle } from ${JSON.stringify(loader)};
const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(folders)}, ${JSON.stringify(variant)});
const answer = b.exports.answer(), greeting = b.exports.greet('мир');
console.log(JSON.stringify({ cache: b.cache, answer, greeting, saved: b.save() ?? null }));`;
  const child = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as Start;
}

/** A small CommonJS bundle whose answer tells which text was compiled. */
function writeBundle(folder: string, answer: string): string {
  const file = join(folder, 'main.js');
  writeFileSync(
    file,
    `const path = require('node:path');
exports.answer = () => ${JSON.stringify(answer)};
exports.where = () => path.basename(__dirname);
module.exports.greet = function greet(name) { return 'привет, ' + name; };\n`,
  );
  return file;
}

describe('loadBundle', () => {
  it('runs the bundle as CommonJS, then writes its code cache, which the next start uses', () => {
    const folder = fresh();
    const file = writeBundle(folder, 'first');
    const saved = join(folder, `main.js.build.v8-${process.versions.v8}.cache`);
    expect(start(file, [folder], 'build')).toEqual({
      cache: 'none',
      answer: 'first',
      greeting: 'привет, мир',
      saved,
    });
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(start(file, [folder], 'build')).toEqual({
      cache: 'used',
      answer: 'first',
      greeting: 'привет, мир',
      saved: null,
    });
  }, 60_000);

  it('ignores a cache of another text of the same length (a rebuilt bundle), and of another command', () => {
    const folder = fresh();
    const file = writeBundle(folder, 'first');
    start(file, [folder], 'build');
    writeBundle(folder, 'other');
    expect(start(file, [folder], 'build')).toMatchObject({ cache: 'none', answer: 'other' });
    expect(start(file, [folder], 'check')).toMatchObject({ cache: 'none', answer: 'other' });
  }, 60_000);

  it('checks the cache by the hash the build wrote at the head of the bundle, when there is one', () => {
    const folder = fresh();
    const file = join(folder, 'main.js');
    // As the build writes it: ASCII only, Cyrillic escaped (read as Latin-1, scripts/ascii-bundle.mjs).
    const greet = String.raw`exports.greet = (name) => '\u043f\u0440\u0438\u0432\u0435\u0442, ' + name;`;
    const withHeader = (hash: string, answer: string) =>
      writeFileSync(file, `/*sha1:${hash}*/exports.answer = () => ${JSON.stringify(answer)};\n${greet}\n`);
    const [a, b] = ['a', 'b'].map((c) => c.repeat(40));
    withHeader(a!, 'first');
    expect(start(file, [folder], 'build').cache).toBe('none');
    withHeader(b!, 'other');
    expect(start(file, [folder], 'build')).toMatchObject({ cache: 'none', answer: 'other' });
    expect(start(file, [folder], 'build')).toMatchObject({
      cache: 'used',
      answer: 'other',
      greeting: 'привет, мир',
    });
    // The header is what is compared: the text itself is not hashed again.
    const cache = readdirSync(folder).find((f) => f.endsWith('.cache'))!;
    expect(readFileSync(join(folder, cache)).subarray(0, 20).toString('hex')).toBe(b);
  }, 60_000);

  it('writes the cache in the next folder when the bundle’s cannot be written, and runs without one when none can', () => {
    const folder = fresh();
    const file = writeBundle(folder, 'first');
    const blocked = join(file, 'cannot-be-a-folder');
    const userCache = join(fresh(), 'gramota');
    expect(start(file, [blocked, userCache], 'build').saved).toBe(
      join(userCache, `main.js.build.v8-${process.versions.v8}.cache`),
    );
    expect(start(file, [blocked, userCache], 'build').cache).toBe('used');
    expect(start(file, [blocked], 'build')).toMatchObject({ cache: 'none', answer: 'first', saved: null });
  }, 60_000);

  it('writes the cache in the first folder that takes it, and reads no folder after the one that has it', () => {
    const folder = fresh();
    const file = writeBundle(folder, 'first');
    const userCache = join(fresh(), 'gramota');
    const saved = start(file, [folder, userCache], 'build').saved!;
    expect(saved).toBe(join(folder, `main.js.build.v8-${process.versions.v8}.cache`));
    expect(existsSync(userCache)).toBe(false);
    // A folder after the one with the cache is never read: an unreadable file there changes nothing.
    mkdirSync(join(userCache, basename(saved)), { recursive: true });
    expect(start(file, [folder, userCache], 'build')).toMatchObject({ cache: 'used', saved: null });
  }, 60_000);

  it('takes a damaged cache file as rejected, runs without it and writes it anew', () => {
    const folder = fresh();
    const file = writeBundle(folder, 'first');
    const saved = start(file, [folder], 'build').saved!;
    const data = readFileSync(saved);
    writeFileSync(saved, Buffer.concat([data.subarray(0, 20), Buffer.alloc(64, 7)]));
    expect(start(file, [folder], 'build')).toMatchObject({ cache: 'rejected', answer: 'first', saved });
    expect(start(file, [folder], 'build').cache).toBe('used');
  }, 60_000);
});

describe('listCacheFolders', () => {
  it('puts the bundle’s folder first, then the user’s cache folder, never a shared temporary one', () => {
    const folders = listCacheFolders('/opt/gramota/dist/cli-bundle', { XDG_CACHE_HOME: '/home/u/.cache' });
    expect(folders).toEqual(['/opt/gramota/dist/cli-bundle', join('/home/u/.cache', 'gramota')]);
    expect(existsSync(folders[1]!)).toBe(false);
  });
});

describe('toCacheVariant', () => {
  it('keeps a cache per command, and per set of formats for a build', () => {
    expect(toCacheVariant([])).toBe('help');
    expect(toCacheVariant(['check', 'plan.yaml'])).toBe('check');
    expect(toCacheVariant(['build', 'plan.yaml'])).toBe('build-docx+pdf');
    expect(toCacheVariant(['build', 'plan.yaml', '--format', 'docx'])).toBe('build-docx');
    expect(toCacheVariant(['build', '--format=pdf,docx', 'plan.yaml'])).toBe('build-docx+pdf');
    expect(toCacheVariant(['build', 'plan.yaml', '--format', 'pdf', '-o', 'out'])).toBe('build-pdf');
    expect(toCacheVariant(['build', 'plan.yaml', '--format', 'odt'])).toBe('build-docx+pdf');
  });
});
