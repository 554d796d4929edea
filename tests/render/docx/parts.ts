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

export type ListParagraph = { text: string; numId?: string; level?: string; style?: string; indent?: string };

/** The paragraphs of the body with their list numbering. */
export function listParagraphs(documentXml: string): ListParagraph[] {
  return allOf(documentXml, 'w:p').map((p) => ({
    text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    numId: p.match(/<w:numId w:val="(\d+)"\/>/)?.[1],
    level: p.match(/<w:ilvl w:val="(\d+)"\/>/)?.[1],
    style: p.match(/<w:pStyle w:val="(\w+)"\/>/)?.[1],
    indent: p.match(/<w:ind [^>]*\/>/)?.[0],
  }));
}

/** The abstractNum a w:num points to, and whether that num restarts level 0 at 1. */
export function numOf(numberingXml: string, numId: string) {
  const num = allOf(numberingXml, 'w:num').find((n) => n.includes(`w:numId="${numId}"`)) ?? '';
  const abstractId = num.match(/<w:abstractNumId w:val="(\d+)"\/>/)?.[1] ?? '';
  const abstract = allOf(numberingXml, 'w:abstractNum').find((a) =>
    a.includes(`w:abstractNumId="${abstractId}"`),
  );
  return {
    abstract: abstract ?? '',
    restarts: num.includes('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'),
  };
}
