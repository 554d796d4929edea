import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { text } from '../messages.js';
import { decodePlan } from '../plan/decode.js';
import { readPlanFile } from '../plan/read-plan-file.js';
import { toPackageFolder } from './write-package.js';

/** Plan arguments → plan files: a folder stands for its *.yaml / *.yml files in name order. */
export function expandPlans(
  args: readonly string[],
  io: { cwd: string },
): { files: string[] } | { usage: string } {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(io.cwd, arg);
    const isDir = (() => {
      try {
        return statSync(path).isDirectory();
      } catch {
        return false;
      }
    })();
    if (!isDir) {
      files.push(path);
      continue;
    }
    const plans = readdirSync(path)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort();
    if (plans.length === 0) return { usage: text.noPlansInFolder(arg) };
    files.push(...plans.map((f) => join(path, f)));
  }
  return { files };
}

/**
 * Plans that would write into the same package folder (`a/plan.yaml` and `b/plan.yaml`, `plan.yaml` and `plan.yml`,
 * names that differ only in case or in what transliteration drops): a usage message naming the first two.
 */
export function findFolderCollision(
  files: readonly string[],
  out: string,
  cwd: string,
): { usage: string } | undefined {
  const seen = new Map<string, string>();
  for (const file of files) {
    const folder = toPackageFolder(out, basename(file, extname(file)), cwd);
    const first = seen.get(folder.toLowerCase());
    if (first !== undefined)
      return {
        usage: text.planFolderCollision(
          toShownPath(first, cwd),
          toShownPath(file, cwd),
          toShownPath(folder, cwd),
        ),
      };
    seen.set(folder.toLowerCase(), file);
  }
  return undefined;
}

/** Reads a plan file; its display name is relative to the working folder, its package name is the file name. */
export function readPlan(path: string, cwd: string): { source: string; display: string; name: string } {
  const display = relative(cwd, path) || path;
  const name = basename(path, extname(path));
  const bytes = readPlanFile(path, display);
  if (!(bytes instanceof Uint8Array)) throw new UserError([bytes]);
  const source = decodePlan(bytes, display);
  if (typeof source !== 'string') throw new UserError([source]);
  return { source, display, name };
}

/** A path relative to the working folder when it lies inside it, else absolute. */
export function toShownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}
