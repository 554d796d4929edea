import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, by its path inside it (with a leading separator), with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [
      join(e.parentPath, e.name).slice(dir.length),
      readFileSync(join(e.parentPath, e.name)),
    ]),
  );
}
