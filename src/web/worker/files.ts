import { XzReadableStream } from 'xz-decompress';
import { putFiles } from '../../platform/browser-files.js';

/**
 * assets/files.json, written by scripts/build-web.mjs: each file's path in the platform and its URL under assets/,
 * and the archives (the fonts) that hold several files one after another, each listed with its size.
 */
export type FileManifest = {
  readonly files: Readonly<Record<string, string>>;
  readonly archives: readonly { readonly url: string; readonly files: readonly [string, number][] }[];
};

/** Fetches the built-in templates, their build bundle and the fonts from the site itself, into memory. */
export async function loadFiles(assets: URL): Promise<void> {
  const manifest = (await (await fetch(new URL('files.json', assets))).json()) as FileManifest;
  const [files, archives] = await Promise.all([
    Promise.all(
      Object.entries(manifest.files).map(
        async ([path, url]) =>
          [path, new Uint8Array(await (await fetchOk(assets, url)).arrayBuffer())] as const,
      ),
    ),
    Promise.all(manifest.archives.map((archive) => unpackArchive(assets, archive))),
  ]);
  putFiles(Object.fromEntries([...files, ...archives.flat()]));
}

/** An xz archive's files: its unpacked bytes cut by the sizes the manifest lists, in its order. */
async function unpackArchive(
  assets: URL,
  archive: FileManifest['archives'][number],
): Promise<(readonly [string, Uint8Array])[]> {
  const packed = (await fetchOk(assets, archive.url)).body;
  if (packed === null) throw new Error(`${archive.url}: no body`);
  const bytes = new Uint8Array(await new Response(new XzReadableStream(packed)).arrayBuffer());
  const total = archive.files.reduce((sum, [, size]) => sum + size, 0);
  if (bytes.length !== total) throw new Error(`${archive.url}: ${bytes.length} bytes, not ${total}`);
  let start = 0;
  return archive.files.map(([path, size]) => {
    start += size;
    return [path, bytes.slice(start - size, start)] as const;
  });
}

async function fetchOk(assets: URL, url: string): Promise<Response> {
  const response = await fetch(new URL(url, assets));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}
