import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../model/schema.js';
import { createCounter } from './context.js';
import { toDocxNumbering } from './numbering.js';
import { toDocxSection } from './section.js';
import { toDocxStyles } from './styles.js';

/**
 * The document model as a docx object tree: named Russian paragraph styles, real Word numbering, one Word section
 * per model section. Pure: no I/O, and the same model gives the same word/*.xml.
 * (docx itself stamps docProps/core.xml with the current time; see renderDocx.)
 */
export function toDocx(doc: DocumentModel): Document {
  const nextListInstance = createCounter();
  return new Document({
    title: doc.meta.title,
    creator: doc.meta.author ?? 'gramota',
    styles: toDocxStyles(),
    numbering: toDocxNumbering(),
    sections: doc.sections.map((section) => toDocxSection(section, nextListInstance)),
  });
}

/** The DOCX file's bytes. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(toDocx(doc));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
