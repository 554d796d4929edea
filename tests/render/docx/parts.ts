import { strFromU8, unzipSync } from 'fflate';
import type { DocumentModel } from '../../../src/model/schema.js';
import { renderDocx } from '../../../src/render/docx/index.js';

/** The XML parts of a rendered DOCX, by path inside the zip. */
export async function renderParts(doc: DocumentModel): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(doc));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

export async function renderBody(doc: DocumentModel): Promise<string> {
  const parts = await renderParts(doc);
  return parts['word/document.xml'] ?? '';
}

/** All non-overlapping matches of an element with its content, e.g. allOf(xml, 'w:tr'). Not for nested tables. */
export function allOf(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>.*?</${tag}>`, 'gs'))].map((match) => match[0]);
}

export function countOf(xml: string, needle: string): number {
  return xml.split(needle).length - 1;
}

/** The w:style element with this id. */
export function styleOf(stylesXml: string, id: string): string {
  return allOf(stylesXml, 'w:style').find((style) => style.includes(`w:styleId="${id}"`)) ?? '';
}
