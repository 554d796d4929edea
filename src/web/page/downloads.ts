import { type PlanSource, zipPackage } from '../../output/package-zip.js';
import type { BuiltFile } from '../../studio/protocol.js';
import { toYamlName } from '../plan-name.js';

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

/**
 * The documents and the plan they were built from, in one zip named after the package's folder; its files dated
 * now, when they were built for the download.
 */
export function savePackage(files: readonly BuiltFile[], folder: string, plan: PlanSource): void {
  const zip = zipPackage(folder, files, new Date(), { fileName: toYamlName(plan.fileName), text: plan.text });
  saveFile(zip.name, zip.bytes, 'application/zip');
}

/** The plan's text as a .yaml file (UTF-8, as gramota reads plans), named as the plan is. */
export function savePlan(plan: PlanSource): void {
  saveFile(toYamlName(plan.fileName), new TextEncoder().encode(plan.text), 'text/yaml;charset=utf-8');
}
