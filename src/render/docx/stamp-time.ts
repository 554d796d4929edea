import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Makes a DOCX byte-identical for the same model: docx writes the current time into docProps/core.xml
 * (dcterms:created / dcterms:modified) and into every zip entry; both become the document's own creation time.
 */
export function stampCreationTime(bytes: Uint8Array, createdAt: string): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = `${createdAt.slice(0, 19)}Z`;
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`),
    );
  }
  // Zip timestamps are DOS times (2-second steps, 1980 or later) in local time; fflate takes a Date.
  const mtime = new Date(Math.max(Date.parse(createdAt), Date.UTC(1980, 0, 2)));
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), {
    level: 6,
  });
}
