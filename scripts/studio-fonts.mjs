// The fonts the studio carries, in one xz archive (scripts/pack-studio-fonts.mjs writes it, build-web.mjs checks it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const studioFontsArchive = join(root, 'src', 'web', 'fonts.xz');

/** fonts/*.ttf in the order of their names (the order of the archive), with their sizes. */
export function listStudioFonts() {
  return readdirSync(join(root, 'fonts'))
    .filter((f) => f.endsWith('.ttf'))
    .sort()
    .map((name) => {
      const path = join(root, 'fonts', name);
      return { name, path, size: statSync(path).size };
    });
}

/** Whether the archive unpacks to exactly the fonts, one after another (the studio's worker unpacks it the same way). */
export async function isStudioArchiveCurrent() {
  const { XzReadableStream } = createRequire(import.meta.url)('xz-decompress');
  const packed = readFileSync(studioFontsArchive);
  const unpacked = Buffer.from(
    await new Response(new XzReadableStream(new Blob([packed]).stream())).arrayBuffer(),
  );
  const joined = Buffer.concat(listStudioFonts().map((f) => readFileSync(f.path)));
  return unpacked.equals(joined);
}
