import { zipSync } from 'fflate';
import type { BuiltFile } from '../studio/protocol.js';

/** The plan's own file, put beside its documents in the studio's zip: its name and its text (saved as UTF-8). */
export type PlanSource = { readonly fileName: string; readonly text: string };

/**
 * The whole package as the CLI writes it: `<plan>/<document>.docx|.pdf` and the package PDF, in a zip named after
 * the plan (`folder`: its safe name, from the worker). Stored without compression: DOCX and PDF are compressed already.
 * With `plan`, the plan file itself goes first into the folder, so that the documents never travel without their source.
 * Every file is dated `builtAt` (the build's time), as unpacking shows it: zip dates are local time, 1980 or later.
 */
export function zipPackage(
  folder: string,
  files: readonly BuiltFile[],
  builtAt: Date,
  plan?: PlanSource,
): { name: string; bytes: Uint8Array } {
  const entries: Record<string, Uint8Array> = {};
  if (plan) entries[`${folder}/${plan.fileName}`] = new TextEncoder().encode(plan.text);
  for (const file of files) {
    if (file.docx) entries[`${folder}/${file.fileName}.docx`] = file.docx;
    if (file.pdf) entries[`${folder}/${file.fileName}.pdf`] = file.pdf;
  }
  return { name: `${folder}.zip`, bytes: zipSync(entries, { level: 0, mtime: toZipTime(builtAt) }) };
}

/** The plan's name from its file name, as the CLI takes it: without the folder and the extension. */
export function toPlanName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'plan';
}

/** A time a zip entry can hold: zip dates begin in 1980 (a later day, whatever the time zone). */
function toZipTime(time: Date): Date {
  return time.getFullYear() < 1980 ? new Date(1980, 0, 2) : time;
}
