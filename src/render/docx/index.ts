import { Document } from 'docx';
import type { DocumentModel } from '../../model/schema.js';
import { readVersion } from '../../version.js';
import { toMetadataText } from '../metadata.js';
import { createCounter } from './context.js';
import { toDocxNumbering } from './numbering.js';
import { finishParts } from './package-parts.js';
import { readNumIds } from './raw-paragraphs.js';
import { type RawRowStore, spliceRawRows } from './raw-rows.js';
import { toDocxSection } from './section.js';
import { toDocxStyles } from './styles.js';
import { compileParts, zipDocx } from './zip-docx.js';

/**
 * The document model as a docx object tree: named Russian paragraph styles, real Word numbering, one Word section
 * per model section. Pure: no I/O, and the same model gives the same word/*.xml.
 * With a raw row store, table rows of plain paragraphs are written as XML strings into it instead (raw-rows.ts).
 * (docx itself stamps the current time into the file; renderDocx replaces it with meta.createdAt.)
 */
export function toDocx(doc: DocumentModel, rawRows?: RawRowStore): Document {
  const nextListInstance = createCounter();
  // «Last modified by» is the organisation too: docx would write «Un-named».
  const author = toMetadataText(doc.meta.author ?? 'gramota');
  return new Document({
    title: toMetadataText(doc.meta.title),
    creator: author,
    lastModifiedBy: author,
    styles: toDocxStyles(),
    numbering: toDocxNumbering(),
    sections: doc.sections.map((section) => toDocxSection(section, nextListInstance, rawRows)),
  });
}

export type DocxOptions = {
  /** Write plain table rows as XML directly (the default); false builds every row as a docx object. */
  readonly fastRows?: boolean;
};

/**
 * The DOCX file's bytes; the same model gives the same bytes, on either path. The parts docx leaves bare (app.xml,
 * the font table, the language…) are finished on the way (package-parts.ts). The model is read while its docx tree
 * is built, synchronously, and not held after: one nobody else keeps is freed while the XML is compiled and zipped.
 */
export function renderDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const rawRows: RawRowStore | undefined =
    options.fastRows === false ? undefined : { rows: [], rowStyles: new Set() };
  const createdAt = doc.meta.createdAt;
  const document = toDocx(doc, rawRows);
  return compileParts(document).then((compiled) => {
    const parts = finishParts(compiled, `gramota/${readVersion()}`, rawRows);
    const numIds = rawRows && readNumIds(document);
    return zipDocx(parts, { createdAt, document: rawRows && ((xml) => spliceRawRows(xml, rawRows, numIds)) });
  });
}
