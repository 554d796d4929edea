// What a build is made of, as one short id: scripts/build-cli.mjs writes it beside the command's bundle, and
// scripts/build-web.mjs beside the studio's page. `gramota studio` compares the two (src/studio/site-source.ts): a page
// built from other sources than the command is told and not served — `npm run build` builds the command alone, and in
// trial 9 a page older than the command rejected a key the command knew.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The file of a build's folder that holds its id (src/studio/site-source.ts reads it). */
export const sourceIdFile = 'source-id';

/**
 * SHA-256 of src/, templates/ and package-lock.json under `root`: each file's path, size and bytes, in the order of
 * their paths; its first 16 hex digits. The same files give the same id, on every machine.
 */
export function computeSourceId(root) {
  const paths = [...listFiles(root, 'src'), ...listFiles(root, 'templates'), 'package-lock.json']
    .filter((path) => existsSync(join(root, path)))
    .sort();
  const hash = createHash('sha256');
  for (const path of paths) {
    const bytes = readFileSync(join(root, path));
    hash.update(`${path}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The files under `root`/`folder`, as paths from `root` with forward slashes. */
function listFiles(root, folder) {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
