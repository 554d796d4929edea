import type { Document } from 'docx';
import { Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';
import { concatBytes } from '../../platform/concat-bytes.js';
import { platform } from '../../platform/index.js';
import { encodeUtf8Pieces } from '../encode-utf8.js';

type Part = string | Uint8Array;
/** docx's compiler: the XML of every part before zipping (Packer keeps it as a private static). */
type Compiler = { compile(file: Document, prettify?: undefined): Map<string, Part> };

/**
 * Every part of the package by its path. docx zips them itself, and the package has to be zipped again anyway
 * (creation times, fast rows), so the parts are taken before its zip when its compiler can be reached; otherwise
 * from its zip.
 */
export async function compileParts(document: Document): Promise<Map<string, Part>> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile === 'function') return compiler.compile(document);
  return new Map(Object.entries(unzipSync(await Packer.toBuffer(document))));
}

/**
 * The DOCX file, byte-identical for the same model: docx would write the current time into docProps/core.xml
 * (dcterms:created / dcterms:modified) and into every zip entry; both become the document's own creation time.
 * `document` rewrites word/document.xml on the way (the fast rows of raw-rows.ts go in there).
 */
export function zipDocx(
  parts: ReadonlyMap<string, Part>,
  options: {
    readonly createdAt: string;
    /** word/document.xml as the pieces it is to be made of: text, or bytes already UTF-8. */
    readonly document?: ((xml: string) => readonly (string | Uint8Array)[]) | undefined;
  },
): Uint8Array {
  const iso = `${options.createdAt.slice(0, 19)}Z`;
  const edit = (path: string, xml: string): Uint8Array[] => {
    if (path === 'docProps/core.xml')
      return [strToU8(xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`))];
    if (path === 'word/document.xml' && options.document) return encodeUtf8Pieces(options.document(xml));
    return [strToU8(xml)];
  };
  // Zip timestamps are DOS times (2-second steps, 1980 or later) in local time; fflate takes a Date.
  const mtime = new Date(Math.max(Date.parse(options.createdAt), Date.UTC(1980, 0, 2)));
  const files = [...parts].map(([path, data]): [string, Uint8Array[]] => {
    const text = typeof data === 'string' ? data : edited.has(path) ? strFromU8(data) : undefined;
    return [path, text === undefined ? [data as Uint8Array] : edit(path, text)];
  });
  return zipDeflated(files, mtime);
}

/**
 * A zip of deflated entries, each given as the pieces of its bytes: compressed and checked piece by piece by the
 * platform (Node's zlib, native: at 10,000 rows seven times faster than fflate's own deflate, a third of the DOCX
 * time; fflate's in a browser) and written by fflate's Zip, which takes entries compressed elsewhere.
 */
function zipDeflated(files: readonly [string, readonly Uint8Array[]][], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [filename, pieces] of files) {
    const entry: ZipInputFile = {
      filename,
      mtime,
      size: pieces.reduce((n, piece) => n + piece.length, 0),
      crc: pieces.reduce((crc, piece) => platform.crc32(piece, crc), 0),
      compression: 8,
    };
    zip.add(entry);
    entry.ondata?.(null, platform.deflateRaw(pieces), true);
  }
  zip.end();
  return concatBytes(chunks);
}

/** The parts zipDocx may rewrite; others pass through as they are. */
const edited = new Set(['docProps/core.xml', 'word/document.xml']);
