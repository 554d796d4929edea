import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../model/schema.js';
import { createCounter } from './context.js';
import { toDocxNumbering } from './numbering.js';
import { toDocxSection } from './section.js';
import { stampCreationTime } from './stamp-time.js';
import { toDocxStyles } from './styles.js';

/**
 * The document model as a docx object tree: named Russian paragraph styles, real Word numbering, one Word section
 * per model section. Pure: no I/O, and the same model gives the same word/*.xml.
 * (docx itself stamps the current time into the file; renderDocx replaces it with meta.createdAt.)
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

/** The DOCX file's bytes; the same model gives the same bytes. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(toDocx(doc));
  return stampCreationTime(
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    doc.meta.createdAt,
  );
}
