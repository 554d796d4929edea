/**
 * What differs between the platforms gramota runs on (README, «Архитектура»): Node (the CLI and the library) and a
 * browser (the studio). Files, compression, hashing and the libraries whose internals gramota adjusts sit behind
 * this; no stage knows which platform it runs on.
 */
export type Platform = {
  /** The package folder: templates/, fonts/ and dist/templates.json are found under it. */
  readonly root: string;
  readText(path: string): string;
  readBytes(path: string): Uint8Array;
  writeText(path: string, text: string): void;
  /** The names in a folder; none when it is missing or unreadable. */
  listFolder(path: string): string[];
  isFolder(path: string): boolean;
  isFile(path: string): boolean;
  /** Raw deflate (zip entries), level 6, of the pieces' bytes one after another. */
  deflateRaw(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer>;
  /** CRC-32 of the data; with `crc`, of the bytes that gave it followed by the data. */
  crc32(data: Uint8Array, crc?: number): number;
  /** A text as one byte per UTF-16 unit, its low byte (Buffer's 'latin1', 'binary'): what PDF syntax is written in. */
  encodeLatin1(text: string): Uint8Array;
  /** A digest of a text (UTF-8) as lowercase hex: template bundle hashes (sha1), PDF file identifiers (md5). */
  digest(algorithm: 'sha1' | 'md5', text: string): string;
  /**
   * A CommonJS library module gramota reaches into (pdfkit, pdfmake's layout classes, fontkit, transliteration,
   * hyphenation patterns).
   */
  loadModule<T>(name: LibraryModule): T;
  /**
   * Replaces the fontkit that pdfkit loads by `wrap(fontkit)`: in Node's module cache, or in a bundle (the CLI's, the
   * studio's) the copy of fontkit's exports that pdfkit gets there. Only speed depends on it.
   */
  wrapPdfkitFontkit(wrap: (fontkit: object) => object): void;
};

/** The library modules loadModule gives. */
export type LibraryModule =
  | 'pdfkit'
  | 'fontkit'
  | 'pdfmake/js/ElementWriter.js'
  | 'pdfmake/js/LayoutBuilder.js'
  | 'pdfmake/js/TableProcessor.js'
  | 'pdfmake/js/Line.js'
  | 'pdfmake/js/TextInlines.js'
  | 'pdfmake/js/Renderer.js'
  | 'pdfmake/js/StyleContextStack.js'
  | 'pdfmake/js/PDFDocument.js'
  | 'pdfmake/js/PageSize.js'
  | 'pdfmake/js/SVGMeasure.js'
  | 'pdfmake/js/tableLayouts.js'
  | 'cyrillic-to-translit-js'
  | 'hyphen/ru/index.js';
