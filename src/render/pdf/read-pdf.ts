/**
 * An indirect object split where its stream begins: the dictionary (or value) as text (latin1, one character per
 * byte), and the stream's bytes, untouched, from `stream` to the end of `endstream`.
 */
export type PdfObject = { readonly head: string; readonly tail: Uint8Array };

/** A PDF as join-pdfs.ts needs it. */
export type PdfPart = {
  readonly header: string;
  readonly objects: ReadonlyMap<number, PdfObject>;
  /** The catalog's object number. */
  readonly root: number;
  /** The page objects in page order. */
  readonly pages: readonly number[];
};

/**
 * Reads a PDF written by pdfkit: a classic cross-reference table (no object streams, no incremental updates),
 * every object `N 0 obj … endobj` at the offset the table gives. Not a general PDF reader: it reads only what
 * this program writes, and throws on anything else.
 */
export function readPdf(bytes: Uint8Array): PdfPart {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.toString('latin1', Math.max(0, buffer.length - 64));
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(end)?.[1] ?? Number.NaN);
  const trailerAt = buffer.indexOf('trailer', xrefAt);
  if (buffer.toString('latin1', xrefAt, xrefAt + 4) !== 'xref' || trailerAt < 0) {
    throw new Error('not a PDF written by pdfkit');
  }
  const offsets = readOffsets(buffer.toString('latin1', xrefAt, trailerAt));
  const sorted = [...offsets.values()].sort((a, b) => a - b);
  const ends = new Map(sorted.map((offset, i) => [offset, sorted[i + 1] ?? xrefAt]));
  const objects = new Map<number, PdfObject>();
  for (const [id, offset] of offsets) objects.set(id, splitObject(buffer, offset, ends.get(offset)!, id));
  const root = readReference(buffer.toString('latin1', trailerAt), 'Root');
  const pagesRoot = readReference(objects.get(root)?.head ?? '', 'Pages');
  return {
    header: buffer.toString('latin1', 0, sorted[0] ?? xrefAt),
    objects,
    root,
    pages: collectPages(objects, pagesRoot),
  };
}

/** Object number → byte offset of every object in use. */
function readOffsets(table: string): Map<number, number> {
  const offsets = new Map<number, number>();
  let next = 0;
  for (const line of table.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length === 2 && fields[0] !== 'xref') next = Number(fields[0]);
    if (fields.length !== 3) continue;
    if (fields[2] === 'n') offsets.set(next, Number(fields[0]));
    next += 1;
  }
  return offsets;
}

/** `N 0 obj\n…endobj\n` between `start` and `end` → the part before `stream` as text, the stream as bytes. */
function splitObject(buffer: Buffer, start: number, end: number, id: number): PdfObject {
  const prefix = `${id} 0 obj\n`;
  const endobj = buffer.lastIndexOf('endobj', end);
  if (buffer.toString('latin1', start, start + prefix.length) !== prefix || endobj < start) {
    throw new Error(`object ${id} is not where the table says`);
  }
  // A string never holds a bare newline (pdfkit escapes it), so the first `\nstream\n` begins the stream.
  const stream = buffer.indexOf('\nstream\n', start);
  const headEnd = stream < 0 || stream > endobj ? endobj : stream + 1;
  return {
    head: buffer.toString('latin1', start + prefix.length, headEnd),
    tail: buffer.subarray(headEnd, endobj),
  };
}

function readReference(dictionary: string, key: string): number {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
  if (!match) throw new Error(`no /${key} reference`);
  return Number(match[1]);
}

/** The leaves of the page tree, in order. */
function collectPages(objects: ReadonlyMap<number, PdfObject>, id: number): number[] {
  const head = objects.get(id)?.head ?? '';
  if (!/\/Type \/Pages\b/.test(head)) return [id];
  const kids = /\/Kids \[([^\]]*)\]/.exec(head)?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((m) => collectPages(objects, Number(m[1])));
}

/**
 * A literal string (pdfkit escapes every parenthesis inside, so none nest), a hex string, or an indirect
 * reference `N 0 R` (group 1: N).
 */
const token = /\((?:[^\\)]|\\[\s\S])*\)|<[0-9A-Fa-f\s]*>|(?<![\d.])(\d+) 0 R\b/g;

/** The text with every indirect reference `N 0 R` made `map(N) 0 R`; strings are copied untouched. */
export function mapReferences(text: string, map: (id: number) => number): string {
  return text.replace(token, (match, id?: string) => (id === undefined ? match : `${map(Number(id))} 0 R`));
}

/** The objects a text refers to, `N` of every `N 0 R` outside strings, in order. */
export function findReferences(text: string): number[] {
  return [...text.matchAll(token)].flatMap((match) => (match[1] === undefined ? [] : [Number(match[1])]));
}
