import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';

/**
 * A CommonJS bundle (dist/cli-bundle/main.js) loaded with V8's code cache: the bytecode of its functions compiled in
 * an earlier run, so that a cold start skips most parsing and compiling. Node 20 has no compile cache of its own
 * (module.enableCompileCache came in 22.8), and this works the same on every Node.
 */
export type LoadedBundle = {
  readonly exports: Record<string, unknown>;
  /** Whether V8 took the cache: `none` when there was none for this bundle and this V8. */
  readonly cache: 'used' | 'rejected' | 'none';
  /**
   * Writes the cache when it was not used: best called after the work, so that it holds the functions that work
   * compiled too. The first folder that can be written takes it; none can (a read-only install) — nothing is
   * written. Returns the file written.
   */
  readonly save: () => string | undefined;
};

const hashBytes = 20;

/**
 * Loads `file` as CommonJS, with the code cache from the first of `folders` that has one for exactly this file's
 * text (a SHA-1 of it heads the cache file: V8 itself checks only the length) and this V8 version. A cache holds
 * what one run compiled, so each `variant` (the command: `build`, `check`…) keeps its own.
 */
export function loadBundle(file: string, folders: readonly string[], variant = 'main'): LoadedBundle {
  const bytes = readFileSync(file);
  const header = readHashHeader(bytes);
  const hash = header ?? createHash('sha1').update(bytes).digest();
  // A bundle with the header is the build's, which is ASCII only: read as Latin-1, the same text without the UTF-8
  // decoder's checks (5–6 ms for 2 MB instead of 8–9).
  const source = bytes.toString(header ? 'latin1' : 'utf8');
  const name = `${basename(file)}.${variant.replace(/[^a-z0-9-]/gi, '_')}.v8-${process.versions.v8}.cache`;
  const cached = findFirst(folders, (folder) => readCache(join(folder, name), hash));
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    cached ? { filename: file, cachedData: cached } : { filename: file },
  );
  const module = { exports: {} as Record<string, unknown> };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const cache = cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const save = () => {
    if (cache === 'used') return undefined;
    let data: Buffer;
    try {
      data = Buffer.concat([hash, script.createCachedData()]);
    } catch {
      return undefined; // a cache is only ever a speed-up
    }
    return findFirst(folders, (folder) => writeCache(folder, name, data));
  };
  return { exports: module.exports, cache, save };
}

/**
 * The SHA-1 of the text after it, written at the head of the bundle when it is built (scripts/build-cli.mjs,
 * `/*sha1:…*\/`): hashing the 2 MB bundle at every start cost ~4–5 ms. A bundle without one is hashed.
 */
function readHashHeader(bytes: Buffer): Buffer | undefined {
  const header = /^\/\*sha1:([0-9a-f]{40})\*\//.exec(bytes.toString('latin1', 0, 49));
  return header ? Buffer.from(header[1]!, 'hex') : undefined;
}

/** What `f` gives for the first folder it gives something for; the folders after it are not tried. */
function findFirst<T>(folders: readonly string[], f: (folder: string) => T | undefined): T | undefined {
  for (const folder of folders) {
    const found = f(folder);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The cache data after its header, when the header is this text's hash. */
function readCache(path: string, hash: Buffer): Buffer | undefined {
  try {
    const data = readFileSync(path);
    return data.subarray(0, hashBytes).equals(hash) ? data.subarray(hashBytes) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the file whole or not at all (another gramota may be reading it): a temporary file renamed. */
function writeCache(folder: string, name: string, data: Buffer): string | undefined {
  const path = join(folder, name);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, path);
    return path;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {}
    return undefined;
  }
}

/**
 * Where the cache may be: beside the bundle, then the user's cache folder (XDG_CACHE_HOME or ~/.cache; on Windows
 * LOCALAPPDATA) when the install is read-only. Never a shared temporary folder: another user could put code there.
 */
export function listCacheFolders(bundleFolder: string, env: Record<string, string | undefined>): string[] {
  const windows = process.platform === 'win32' ? env.LOCALAPPDATA : undefined;
  const userCache = env.XDG_CACHE_HOME || windows || join(homedir(), '.cache');
  return [bundleFolder, join(userCache, 'gramota')];
}

/**
 * The cache a command line keeps: its command and, for a build, the formats it makes (a DOCX alone compiles none of
 * the PDF code, so its cache would leave a later full build compiling that every time).
 */
export function toCacheVariant(argv: readonly string[]): string {
  const [command = 'help', ...rest] = argv;
  if (command !== 'build') return command;
  let asked = 'docx,pdf';
  rest.forEach((arg, i) => {
    if (arg === '--format') asked = rest[i + 1] ?? asked;
    else if (arg.startsWith('--format=')) asked = arg.slice('--format='.length);
  });
  const formats = new Set(asked.split(',').map((f) => f.trim()));
  const made = ['docx', 'pdf'].filter((f) => formats.has(f));
  return `build-${made.length > 0 ? made.join('+') : 'docx+pdf'}`;
}
