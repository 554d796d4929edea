import { putFiles } from '../../platform/browser-files.js';

/** assets/files.json, written by scripts/build-web.mjs: each file's path in the platform and its URL under assets/. */
export type FileManifest = Readonly<Record<string, string>>;

/** Fetches the built-in templates, their build bundle and the fonts from the site itself, into memory. */
export async function loadFiles(assets: URL): Promise<void> {
  const manifest = (await (await fetch(new URL('files.json', assets))).json()) as FileManifest;
  const entries = await Promise.all(
    Object.entries(manifest).map(async ([path, url]) => {
      const response = await fetch(new URL(url, assets));
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return [path, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  );
  putFiles(Object.fromEntries(entries));
}
