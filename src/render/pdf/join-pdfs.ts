import { platform } from '../../platform/index.js';
import { documentLanguage } from '../metadata.js';
import { type PartStart, toOutline, toPageLabels } from './navigation.js';
import { type PdfInfo, toInfoDictionary, toXmp } from './pdf-metadata.js';
import { findReferences, mapReferences, type PdfPart, readPdf } from './read-pdf.js';

export type { PdfInfo } from './pdf-metadata.js';

/** Object numbers the joined file reserves for itself; the parts' objects, then the bookmarks, follow. */
const pagesId = 1;
const catalogId = 2;
const infoId = 3;
const metadataId = 4;

/** An object of the joined file: its number, its dictionary text and its stream bytes (maybe none). */
type NumberedObject = { readonly id: number; readonly head: string; readonly tail: Uint8Array };

const noStream = new Uint8Array(0);
const endobj = Buffer.from('endobj\n', 'latin1');
const parentEntry = /\/Parent \d+ 0 R/;
const outputIntents = /\/OutputIntents \[([^\]]*)\]/;

/**
 * One PDF/A-2b file of the pages of several, in order: every page with what it refers to (contents, fonts,
 * graphics states), renumbered, under a new page tree, catalog and document information. The parts are pdfkit's
 * own PDF/A output (read-pdf.ts), one per section, so a section shared by several files is laid out once. The
 * first part's output intent (its sRGB profile) is carried over; what belongs to the whole file is written anew:
 * the information and its XMP twin, the language, page labels that restart with every part as its printed numbers
 * do, and a bookmark for every part that has a title (`titles`, by part). Named destinations, pdfmake's by-product
 * of the keep ids (keep.ts), are not carried over: nothing links to them.
 */
export function joinPdfs(
  parts: readonly Uint8Array[],
  info: PdfInfo,
  titles: readonly (string | undefined)[] = [],
): Uint8Array {
  const read = parts.map(readPdf);
  const header = read[0]?.header ?? '%PDF-1.7\n';
  const objects: NumberedObject[] = [];
  const pages: number[] = [];
  const starts: PartStart[] = [];
  let intents: string | undefined;
  let nextId = metadataId + 1;
  read.forEach((part, k) => {
    const intent = k === 0 ? outputIntents.exec(part.objects.get(part.root)?.head ?? '')?.[1] : undefined;
    const renumbered = renumberPart(part, nextId, intent === undefined ? [] : findReferences(intent));
    nextId += renumbered.order.length;
    if (intent !== undefined) intents = mapReferences(intent, (ref) => renumbered.ids.get(ref)!);
    const first = part.pages[0];
    if (first !== undefined)
      starts.push({ page: renumbered.ids.get(first)!, index: pages.length, title: titles[k] });
    pages.push(...part.pages.map((id) => renumbered.ids.get(id)!));
    for (const id of renumbered.order) objects.push(renumberObject(part, id, renumbered.ids, k));
  });
  const outline = toOutline(starts, nextId);
  const catalog = [
    '/Type /Catalog',
    `/Pages ${pagesId} 0 R`,
    `/Lang (${documentLanguage})`,
    `/Metadata ${metadataId} 0 R`,
    ...(intents === undefined ? [] : [`/OutputIntents [${intents.trim()}]`]),
    ...(starts.length === 0 ? [] : [`/PageLabels ${toPageLabels(starts)}`]),
    ...(outline === undefined ? [] : [`/Outlines ${outline.root} 0 R`]),
    ...((outline?.objects.length ?? 0) > 2 ? ['/PageMode /UseOutlines'] : []),
  ];
  const own: NumberedObject[] = [
    {
      id: pagesId,
      head: `<<\n/Type /Pages\n/Count ${pages.length}\n/Kids [${pages.map((id) => `${id} 0 R`).join(' ')}]\n>>\n`,
      tail: noStream,
    },
    { id: catalogId, head: `<<\n${catalog.join('\n')}\n>>\n`, tail: noStream },
    { id: infoId, head: toInfoDictionary(info), tail: noStream },
    toMetadataStream(info),
  ];
  const bookmarks = (outline?.objects ?? []).map((o) => ({ ...o, tail: noStream }));
  return writeFile(header, [...own, ...objects, ...bookmarks], info);
}

/**
 * The XMP packet as an unfiltered metadata stream (PDF/A: metadata a reader finds without decoding anything).
 */
function toMetadataStream(info: PdfInfo): NumberedObject {
  const xmp = Buffer.from(toXmp(info), 'utf8');
  return {
    id: metadataId,
    head: `<<\n/Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}\n>>\n`,
    tail: Buffer.concat([Buffer.from('stream\n', 'latin1'), xmp, Buffer.from('\nendstream\n', 'latin1')]),
  };
}

/**
 * New numbers for the objects a part's pages (and `alsoReached`: the output intents) reach, in the order they are
 * first reached. A page's /Parent is not
 * followed, so the part's page tree is the one object a reached object names and nothing reaches.
 */
function renumberPart(
  part: PdfPart,
  firstId: number,
  alsoReached: readonly number[],
): { ids: Map<number, number>; order: number[] } {
  const ids = new Map<number, number>();
  const order: number[] = [];
  const queue = [...part.pages, ...alsoReached];
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
