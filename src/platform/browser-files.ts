/**
 * The studio's files, in memory: the built-in templates, their build bundle, the fonts and pdfkit's one standard
 * font metrics file, put in by the page's worker before its first build (web/worker/files.ts). Paths are absolute,
 * with forward slashes.
 */
const files = new Map<string, Uint8Array>();

export function putFiles(entries: Readonly<Record<string, Uint8Array>>): void {
  for (const [path, bytes] of Object.entries(entries)) files.set(normalise(path), bytes);
}

export function readFileBytes(path: string): Uint8Array {
  const bytes = files.get(normalise(path));
  if (bytes === undefined)
    throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
  return bytes;
}

export function hasFile(path: string): boolean {
  return files.has(normalise(path));
}

/** The names directly inside a folder: a folder exists when some file lies under it. */
export function listFiles(folder: string): string[] {
  const prefix = `${normalise(folder).replace(/\/$/, '')}/`;
  const names = new Set<string>();
  for (const path of files.keys()) {
    if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]!);
  }
  return [...names].sort();
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}
