import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of each page, in the order the PDF draws it. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text as string[];
}

/**
 * What a page holds, whatever order its producer draws it in: its characters, sorted, without spaces and hyphens
 * (a hyphenation point is drawn as «-» by one and soft by the other). Two pages with the same content — the same
 * lines of the same cells, wherever a row splits — have the same signature; one line more or less changes it.
 */
export function toPageSignature(text: string): string {
  return [...text.replace(/[\s\u00AD\u2010-]/g, '')].sort().join('');
}

/**
 * What a reader sees first on each page: the first words after the page number and after a repeated table
 * header (given as the header rows' texts), so pages are told apart by their own content.
 */
export function firstLines(texts: readonly string[], headers: readonly string[] = []): string[] {
  return texts.map((page) => {
    let rest = squash(
      page
        .split('\n')
        .filter((l) => !/^\s*\d+\s*$/.test(l))
        .join(' '),
    );
    for (const header of headers)
      if (header && rest.startsWith(header)) rest = rest.slice(header.length).trim();
    return rest.slice(0, 40);
  });
}

/** Text with whitespace runs made one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Converts files with LibreOffice in one run (a private profile, so runs never collide); to PDF by default. */
export function convertWithLibreOffice(docxFiles: readonly string[], outDir: string, to = 'pdf'): void {
  mkdirSync(outDir, { recursive: true });
  const profileDir = join(tmpdir(), `gramota-lo-${process.pid}`);
  const fontConfig = writeFontConfig();
  const profile = `file://${profileDir}`;
  try {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${profile}`,
        '--convert-to',
        to,
        '--outdir',
        outDir,
        ...docxFiles,
      ],
      { stdio: 'ignore', timeout: 600_000, env: { ...process.env, FONTCONFIG_FILE: fontConfig } },
    );
  } finally {
    // The private profile and the font configuration are this run's only: nothing is left in the temporary folder.
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(fontConfig, { force: true });
  }
}

/**
 * A fontconfig file that adds the repository's fonts/ to the system's: LibreOffice then finds Liberation Serif for
 * «Times New Roman» (fontconfig's metric aliases) whether or not the machine has fonts-liberation2, as the PDF does.
 */
function writeFontConfig(): string {
  const file = join(tmpdir(), `gramota-fonts-${process.pid}.conf`);
  const fonts = resolve(import.meta.dirname, '../../fonts');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n` +
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n</fontconfig>\n',
  );
  return file;
}

export type PageReport = {
  readonly file: string;
  /** The first line of each page (firstLines), for a person to read. */
  readonly ours: string[];
  readonly office: string[];
  /** Pages (1-based) whose content differs (toPageSignature), counting pages one side lacks. */
  readonly differing: number[];
};

/** Compares two renderings page by page: the same content on every page, whatever the drawing order. */
export function comparePages(
  file: string,
  ours: readonly string[],
  office: readonly string[],
  headers: readonly string[],
): PageReport {
  const differing: number[] = [];
  for (let i = 0; i < Math.max(ours.length, office.length); i++) {
    const a = ours[i];
    const b = office[i];
    if (a === undefined || b === undefined || toPageSignature(a) !== toPageSignature(b))
      differing.push(i + 1);
  }
  return { file, ours: firstLines(ours, headers), office: firstLines(office, headers), differing };
}

/** PNG pages of both renderings side by side in an HTML page, for a person to review. */
export function writeReview(dir: string, ourPdf: string, officePdf: string, report: PageReport): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '40', '-png', ourPdf, join(dir, 'gramota')]);
  execFileSync('pdftoppm', ['-r', '40', '-png', officePdf, join(dir, 'libreoffice')]);
  const pages = Math.max(report.ours.length, report.office.length);
  const pad = String(pages).length;
  const rows = Array.from({ length: pages }, (_, i) => {
    const n = String(i + 1).padStart(pages >= 10 ? Math.max(pad, 2) : 1, '0');
    const mark = report.differing.includes(i + 1) ? ' style="background:#fdd"' : '';
    return `<tr${mark}><td>${i + 1}</td><td><img src="gramota-${n}.png"></td><td><img src="libreoffice-${n}.png"></td></tr>`;
  });
  const title = basename(ourPdf);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1>` +
      `<p>gramota (pdfmake) слева, LibreOffice (из DOCX) справа; красным — страницы, которые начинаются по-разному.</p>` +
      `<table border="1"><tr><th>стр.</th><th>gramota</th><th>LibreOffice</th></tr>${rows.join('')}</table>`,
  );
}

export function readBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
