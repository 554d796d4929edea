import {
  GlobalWorkerOptions,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
  PDFWorker,
} from 'pdfjs-dist';
import { studioText as t } from '../../messages.js';
import { element } from './layout.js';

GlobalWorkerOptions.workerSrc = './pdf.worker.mjs';

/** The widest a page is shown, in CSS pixels (studio.css: .preview .page). */
const maxWidth = 820;
/** Pages drawn before the new ones replace the old: the first screen; the rest follow. */
const firstScreen = 2;

let drawing = 0;
/** pdf.js's worker, started once: by default every document would start (and parse) its own. */
let worker: PDFWorker | undefined;

/**
 * Draws every page of a PDF into `container` with pdf.js: the real pages of the file the user downloads, at the
 * column's width. The new pages replace the old ones once the first screen of them is drawn, so the preview never
 * flickers while the user types; the pages below are drawn after that, unless a newer PDF has come meanwhile.
 */
export async function drawPdf(container: HTMLElement, bytes: Uint8Array): Promise<void> {
  const run = ++drawing;
  // pdf.js takes the buffer over; the page keeps its own copy for downloads.
  const pdf: PDFDocumentProxy = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    worker: startPdfWorker(),
  }).promise;
  const width = Math.min(container.clientWidth - 32, maxWidth) * (window.devicePixelRatio || 1);
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1)));
  const frames = pages.map((page, i) => createFrame(page, i + 1, width));
  for (const [i, frame] of frames.slice(0, firstScreen).entries()) await drawPage(pages[i]!, frame);
  if (run === drawing) container.replaceChildren(...frames.map((f) => f.frame));
  void (async () => {
    try {
      for (const [i, frame] of frames.entries()) {
        if (run !== drawing) break;
        if (i >= firstScreen) await drawPage(pages[i]!, frame);
      }
    } finally {
      await pdf.destroy();
    }
  })();
}

/**
 * The preview without pages (and no drawing under way puts any back): what a first visit shows, or `building` — a
 * whole new plan (a starter, a file opened) whose pages are being built, with a spinner.
 */
export function clearPages(container: HTMLElement, building?: string): void {
  drawing++;
  const empty = element('p', { class: building ? 'empty building' : 'empty' }, building ?? t.emptyPreview);
  container.replaceChildren(empty);
}

/**
 * Starts pdf.js's worker, if not yet started: early, while the first build runs, so that its code (1.2 MB) is
 * fetched and compiled by the time the first PDF comes.
 */
export function startPdfWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

type Frame = { readonly frame: HTMLElement; readonly canvas: HTMLCanvasElement; readonly scale: number };

function createFrame(page: PDFPageProxy, n: number, width: number): Frame {
  const base = page.getViewport({ scale: 1 });
  const scale = width > 0 ? width / base.width : 1.5;
  const canvas = element('canvas', {});
  canvas.width = Math.ceil(base.width * scale);
  canvas.height = Math.ceil(base.height * scale);
  const frame = element('div', { class: 'page', 'data-testid': 'preview-page', 'data-page': String(n) });
  frame.style.aspectRatio = `${base.width} / ${base.height}`;
  frame.append(canvas);
  return { frame, canvas, scale };
}

async function drawPage(page: PDFPageProxy, { canvas, scale }: Frame): Promise<void> {
  await page.render({ canvas, viewport: page.getViewport({ scale }) }).promise;
}
