import { platform } from '../../platform/index.js';
import { isKeepId } from './keep.js';

type PdfDocument = { addNamedDestination(name: string, ...target: unknown[]): void };

let patched = false;

/**
 * pdfmake names a destination in the PDF after every node id it draws (its Renderer passes the id to pdfkit), and
 * the ids gramota gives are keep.ts's marks: nothing links to them, and join-pdfs.ts leaves them out of every file.
 * pdfkit sorted them with localeCompare when it wrote a part, and the first localeCompare of a process loads ICU's
 * collation (~8 ms of a cold build). They are not added. Installed once, from fonts.ts.
 */
export function patchKeepDestinations(): void {
  if (patched) return;
  const PDFDocument = platform.loadModule<{ prototype: PdfDocument }>('pdfkit');
  const add = PDFDocument.prototype.addNamedDestination;
  PDFDocument.prototype.addNamedDestination = function addNamedDestination(
    this: PdfDocument,
    name,
    ...target
  ) {
    if (!isKeepId(name)) add.call(this, name, ...target);
  };
  patched = true;
}
