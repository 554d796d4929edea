import { platform } from '../../platform/index.js';
import { findReferences, mapReferences, type PdfPart, readPdf } from './read-pdf.js';

/** The document information dictionary of a joined file. */
export type PdfInfo = {
  readonly title: string;
  readonly author?: string;
  readonly creator: string;
  readonly producer: string;
  readonly creationDate: Date;
};

/** Object numbers the joined file reserves for itself; the parts' objects follow. */
const pagesId = 1;
const catalogId = 2;
const infoId = 3;

/** An object of the joined file: its number, its dictionary text and its stream bytes (maybe none). */
type NumberedObject = { readonly id: number; readonly head: string; readonly tail: Uint8Array };

const noStream = new Uint8Array(0);
const endobj = Buffer.from('endobj\n', 'latin1');
const parentEntry = /\/Parent \d+ 0 R/;

/**
 * One PDF of the pages of several, in order: every page with what it refers to (contents, fonts, graphics
 * states), renumbered, under a new page tree, catalog and document information. The parts are pdfkit's own output
 * (read-pdf.ts), one per section, so a section shared by several files is laid out once. Named destinations,
 * pdfmake's by-product of the keep ids (keep.ts), are not carried over: nothing links to them.
 */
export function joinPdfs(parts: readonly Uint8Array[], info: PdfInfo): Uint8Array {
  const read = parts.map(readPdf);
  const header = read[0]?.header ?? '%PDF-1.3\n';
  const objects: NumberedObject[] = [];
  const pages: number[] = [];
  let nextId = infoId + 1;
  read.forEach((part, k) => {
    const renumbered = renumberPart(part, nextId);
    nextId += renumbered.order.length;
    pages.push(...part.pages.map((id) => renumbered.ids.get(id)!));
    for (const id of renumbered.order) objects.push(renumberObject(part, id, renumbered.ids, k));
  });
  const own = [
    [
      pagesId,
      `<<\n/Type /Pages\n/Count ${pages.length}\n/Kids [${pages.map((id) => `${id} 0 R`).join(' ')}]\n>>\n`,
    ],
    [catalogId, `<<\n/Type /Catalog\n/Pages ${pagesId} 0 R\n>>\n`],
    [infoId, toInfoDictionary(info)],
  ] as const;
  return writeFile(header, [...own.map(([id, head]) => ({ id, head, tail: noStream })), ...objects], info);
}

/**
 * New numbers for the objects a part's pages reach, in the order they are first reached. A page's /Parent is not
 * followed, so the part's page tree is the one object a reached object names and nothing reaches.
 */
function renumberPart(part: PdfPart, firstId: number): { ids: Map<number, number>; order: number[] } {
  const ids = new Map<number, number>();
  const order: number[] = [];
  const queue = [...part.pages];
  for (let next = 0; next < queue.length; next++) {
    const id = queue[next]!;
    if (ids.has(id) || !part.objects.has(id)) continue;
    ids.set(id, firstId + order.length);
    order.push(id);
    queue.push(...findReferences(part.objects.get(id)!.head.replace(parentEntry, '')));
  }
  return { ids, order };
}

/** An object of part `k` under its new number; the one reference left unreached, /Parent, is the joined tree. */
function renumberObject(
  part: PdfPart,
  id: number,
  ids: ReadonlyMap<number, number>,
  k: number,
): NumberedObject {
  const { head, tail } = part.objects.get(id)!;
  const mapped = mapReferences(head, (ref) => ids.get(ref) ?? pagesId);
  return { id: ids.get(id)!, head: renameSubsets(mapped, k), tail };
}

/**
 * pdfkit names each document's font subsets after the font's number in it (BZZZZZ+, CZZZZZ+, …), so parts would
 * share subset names with different glyphs; the parts after the first get names of their own.
 */
function renameSubsets(head: string, k: number): string {
  if (k === 0) return head;
  return head.replace(/\/([A-Z])[A-Z]{5}\+/g, (_, first: string) => {
    const letters = [0, 1, 2, 3, 4].map((j) => String.fromCharCode(90 - (Math.floor(k / 26 ** j) % 26)));
    return `/${first}${letters.reverse().join('')}+`;
  });
}

function toInfoDictionary(info: PdfInfo): string {
  const entries = [
    ['Producer', info.producer],
    ['Creator', info.creator],
    ['CreationDate', `D:${info.creationDate.toISOString().replace(/[-:T]|\.\d+/g, '')}`],
    ['Title', info.title],
    ...(info.author === undefined ? [] : [['Author', info.author]]),
  ];
  return `<<\n${entries.map(([key, value]) => `/${key} ${toPdfString(value!)}`).join('\n')}\n>>\n`;
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with a byte order mark. */
function toPdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  return `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** The file: header, objects, cross-reference table and trailer, every offset counted in bytes. */
function writeFile(header: string, objects: readonly NumberedObject[], info: PdfInfo): Uint8Array {
  const chunks: Uint8Array[] = [Buffer.from(header, 'latin1')];
  const offsets: number[] = [];
  let at = chunks[0]!.length;
  for (const { id, head, tail } of objects) {
    offsets[id] = at;
    const text = Buffer.from(`${id} 0 obj\n${head}`, 'latin1');
    chunks.push(text, tail, endobj);
    at += text.length + tail.length + endobj.length;
  }
  const size = offsets.length;
  const entries = Array.from(
    { length: size - 1 },
    (_, i) => `${String(offsets[i + 1]).padStart(10, '0')} 00000 n \n`,
  );
  const id = platform.digest('md5', `${info.title}\n${info.creationDate.toISOString()}\n${at}`);
  const trailer =
    `xref\n0 ${size}\n0000000000 65535 f \n${entries.join('')}` +
    `trailer\n<<\n/Size ${size}\n/Root ${catalogId} 0 R\n/Info ${infoId} 0 R\n/ID [<${id}> <${id}>]\n>>\n` +
    `startxref\n${at}\n%%EOF\n`;
  chunks.push(Buffer.from(trailer, 'latin1'));
  const file = Buffer.concat(chunks);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}
