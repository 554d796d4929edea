import { platform } from '../../platform/index.js';

type Chunk = string | Uint8Array;
type Reference = {
  buffer: Chunk[] | Uint8Array;
  uncompressedLength: number;
  compress: boolean;
  data: { Length?: number; Filter?: string };
  write(chunk: Chunk): void;
  finalize(): void;
};

let patched = false;

/**
 * pdfkit writes every operator of a page (a move, a glyph run, a colour) as a small Buffer of its own, and joins them
 * when the stream ends: thousands of allocations for one table. Its streams now keep the text as written and convert
 * it once at the end, to the same bytes ('binary': one byte per UTF-16 unit, so the lengths counted as before).
 * Installed once, from fonts.ts.
 */
export function patchContentStreams(): void {
  if (patched) return;
  const PDFDocument =
    platform.loadModule<new (options: object) => { ref(data: object): Reference }>('pdfkit');
  // pdfkit does not export PDFReference; a reference of a document leads to its prototype.
  const proto = Object.getPrototypeOf(
    new PDFDocument({ autoFirstPage: false, font: null }).ref({}),
  ) as Reference;
  const finalize = proto.finalize;
  proto.write = function write(this: Reference, chunk) {
    const written = chunk instanceof Uint8Array ? chunk : `${chunk}\n`;
    this.uncompressedLength += written.length;
    this.data.Length ??= 0;
    (this.buffer as Chunk[]).push(written);
    this.data.Length += written.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function finalizeText(this: Reference) {
    if (Array.isArray(this.buffer)) this.buffer = toByteChunks(this.buffer);
    finalize.call(this);
  };
  patched = true;
}

/** The chunks as bytes, each run of texts joined and converted at once. */
export function toByteChunks(chunks: readonly Chunk[]): Uint8Array[] {
  const bytes: Uint8Array[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.length > 0) bytes.push(platform.encodeLatin1(text.join('')));
    text = [];
  };
  for (const chunk of chunks) {
    if (typeof chunk === 'string') text.push(chunk);
    else {
      flush();
      bytes.push(chunk);
    }
  }
  flush();
  return bytes;
}
