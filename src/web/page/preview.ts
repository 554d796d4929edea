import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import { element } from './layout.js';

GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';

/** CSS pixels per PDF point at which pages are drawn (then fitted to the column by CSS). */
const scale = 1.5;

/**
 * Draws every page of a PDF into `container` with pdf.js: the real pages of the file the user downloads. The new
 * pages replace the old ones only when all are drawn, so the preview never flickers while the user types.
 */
export async function drawPdf(container: HTMLElement, bytes: Uint8Array): Promise<void> {
  // pdf.js takes the buffer over; the page keeps its own copy for downloads.
  const pdf: PDFDocumentProxy = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  try {
    const pages: HTMLElement[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: scale * (window.devicePixelRatio || 1) });
      const canvas = element('canvas', {
        width: String(Math.ceil(viewport.width)),
        height: String(viewport.height),
      });
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const frame = element('div', { class: 'page', 'data-testid': 'preview-page', 'data-page': String(n) });
      frame.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
      frame.append(canvas);
      pages.push(frame);
    }
    container.replaceChildren(...pages);
  } finally {
    await pdf.destroy();
  }
}
