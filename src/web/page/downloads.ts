import { zipPackage } from '../../output/package-zip.js';
import type { BuiltFile } from '../../studio/protocol.js';

/** Saves bytes as a file through the browser's download. */
export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function saveDocument(file: BuiltFile, format: 'docx' | 'pdf'): void {
  const bytes = file[format];
  if (bytes) saveFile(`${file.fileName}.${format}`, bytes, format === 'docx' ? docxType : 'application/pdf');
}

export function savePackage(folder: string, files: readonly BuiltFile[]): void {
  const zip = zipPackage(folder, files);
  saveFile(zip.name, zip.bytes, 'application/zip');
}
