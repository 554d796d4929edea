import { setFlagsFromString } from 'node:v8';
import type { Format } from '../generate.js';

/**
 * Plans from this size up (a roadmap of ~3,500 rows) hold hundreds of MB while their PDF is laid out: pdfmake keeps
 * the lines of every page until it writes. Between two full collections V8 lets its heap grow up to four times what
 * was alive at the last one, so the garbage of the DOCX and of the layout, not what is alive, set the peak (10,000
 * rows, DOCX + PDF: 1.1 GB, of which ~0.6 GB alive). Smaller plans keep V8's default: for them the extra collections
 * would cost time and save little. So does a DOCX alone: its rows become UTF-8 bytes as they are written, and it
 * peaks under 400 MB at 10,000 rows without the limit, which cost it a tenth of its time (docs/speed.md, «Память»).
 */
export const bigPlanChars = 2_000_000;

/** Growth of the heap between full collections, in per cent of what was alive (V8's --heap-growing-percent). */
export const bigPlanHeapGrowthPercent = 50;

export function shouldLimitHeapGrowth(planChars: number, formats: readonly Format[]): boolean {
  return planChars >= bigPlanChars && formats.includes('pdf');
}

let limited = false;

/** For a big plan built to PDF, the heap grows by at most half between full collections, for the rest of the run. */
export function limitHeapGrowthFor(planChars: number, formats: readonly Format[]): void {
  if (limited || !shouldLimitHeapGrowth(planChars, formats)) return;
  setFlagsFromString(`--heap-growing-percent=${bigPlanHeapGrowthPercent}`);
  limited = true;
}
