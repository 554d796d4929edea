import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import { nameWorkFolder, recoverWorkFolders, removeQuietly } from './work-folders.js';

/** One file of a package: its name in the package folder and its bytes. */
export type OutputFile = { readonly name: string; readonly bytes: Uint8Array };

/** The names of the files gramota wrote into a package folder, one a line: what the next build may replace. */
const manifestName = '.gramota-files';

/**
 * Writes a package folder as a whole: every file into a fresh hidden folder beside it, then one swap, so a reader,
 * a crash or a kill never sees the new DOCX next to the old PDF of a document — the folder holds the previous
 * package or the new one. Files of documents no longer in the plan go; files the user put there stay.
 * Returns the written paths, or the problem that stopped it (then nothing changed).
 */
export function writePackageFolder(
  dir: string,
  files: readonly OutputFile[],
  options: {
    /** Some documents only (`--only`): the others' files stay as they are. */
    readonly isPartial?: boolean;
    readonly writeFile?: (path: string, bytes: Uint8Array) => void;
  } = {},
): { readonly written: string[] } | { readonly problem: Problem } {
  const writeFile = options.writeFile ?? writeFileSync;
  const parent = dirname(dir);
  const outside = files.find((f) => !isPlainName(dir, f.name));
  if (outside) return { problem: toWriteProblem(join(dir, outside.name), 'outside') };
  recoverWorkFolders(parent);
  const fresh = join(parent, nameWorkFolder(basename(dir), 'tmp'));
  let current = dir;
  try {
    mkdirSync(parent, { recursive: true });
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) return fail('ENOTDIR');
    mkdirSync(fresh);
    // Some documents only: an organisation folder keeps its other documents, the new files replace theirs.
    if (options.isPartial) copySubfolders(dir, fresh, files);
    for (const file of files) {
      current = join(dir, file.name);
      if (file.name.includes('/')) mkdirSync(dirname(join(fresh, file.name)), { recursive: true });
      writeFile(join(fresh, file.name), file.bytes);
    }
    current = dir;
    // A network project's organisation folder (`chpk/…`) is gramota's as a whole, as a file is.
    const writing = new Set(files.map((f) => f.name.split('/')[0]!));
    const own = readManifest(dir);
    const kept = keepEntries(dir, fresh, (name) => !writing.has(name) && (options.isPartial || !own?.has(name)));
    const listed = [...writing, ...(options.isPartial ? kept.filter((name) => own?.has(name)) : [])];
    writeFileSync(join(fresh, manifestName), listed.map((name) => `${name}\n`).join(''));
    swapIn(fresh, dir);
  } catch (e) {
    return fail((e as NodeJS.ErrnoException).code);
  }
  return { written: files.map((f) => join(dir, f.name)) };

  function fail(code: string | undefined) {
    removeQuietly(fresh);
    return { problem: toWriteProblem(current, code) };
  }
}

/** A file name that stays inside the folder, or inside one folder of it (`folder/name`). */
function isPlainName(dir: string, name: string): boolean {
  const rel = relative(resolve(dir), resolve(dir, name));
  return rel !== '' && !rel.startsWith('..') && rel.split(sep).length <= 2 && name.split('/').every(Boolean);
}

/**
 * Copies into the fresh folder the entries of the previous package folder that stay: what the user put there (notes,
 * a scanned signed copy) — gramota's own files are those its list names, and a folder without the list (written by
 * an older version) keeps everything the new build does not replace. Returns the names copied.
 */
function keepEntries(dir: string, fresh: string, isKept: (name: string) => boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const kept = names.filter((name) => name !== manifestName && isKept(name));
  for (const name of kept)
    cpSync(join(dir, name), join(fresh, name), { recursive: true, preserveTimestamps: true });
  return kept;
}

function copySubfolders(dir: string, fresh: string, files: readonly OutputFile[]): void {
  const subfolders = new Set(files.flatMap((f) => (f.name.includes('/') ? [f.name.split('/')[0]!] : [])));
  for (const name of subfolders)
    if (statSync(join(dir, name), { throwIfNoEntry: false })?.isDirectory())
      cpSync(join(dir, name), join(fresh, name), { recursive: true, preserveTimestamps: true });
}

function readManifest(dir: string): Set<string> | undefined {
  try {
    return new Set(readFileSync(join(dir, manifestName), 'utf8').split('\n').filter(Boolean));
  } catch {
    return undefined;
  }
}

/** The fresh folder takes the package's place; the previous one is moved aside first and removed after. */
function swapIn(fresh: string, dir: string): void {
  if (statSync(dir, { throwIfNoEntry: false }) === undefined) {
    renameSync(fresh, dir);
    return;
  }
  const aside = join(dirname(dir), nameWorkFolder(basename(dir), 'old'));
  renameSync(dir, aside);
  try {
    renameSync(fresh, dir);
  } catch (e) {
    renameSync(aside, dir);
    throw e;
  }
  removeQuietly(aside);
}

/**
 * Writes one file atomically: a temporary file beside it, then a rename, so a reader never sees half of it (the
 * studio saves the plan it edits this way). Returns the path, or the problem that stopped it.
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): string | Problem {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
    return path;
  } catch (e) {
    removeQuietly(temp);
    return toWriteProblem(path, (e as NodeJS.ErrnoException).code);
  }
}

function toWriteProblem(file: string, code: string | undefined): Problem {
  return { code: 'file-unwritable', file, message: text.writeFailed(text.writeReason(code)) };
}
