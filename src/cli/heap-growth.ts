import { setFlagsFromString } from 'node:v8';

/**
 * Plans from this size up (a roadmap of ~3,500 rows) hold hundreds of MB while they are rendered: the model, the
 * DOCX's XML, pdfmake's lines of every page. Between two full collections V8 lets its heap grow up to four times
 * what was alive at the last one, so the garbage of the DOCX and of the layout, not what is alive, set the peak
 * (10,000 rows, DOCX + PDF: 1.1 GB, of which ~0.6 GB alive). Smaller plans keep V8's default: for them the extra
 * collections would cost time and save little.
 */
export const bigPlanChars = 2_000_000;

/** Growth of the heap between full collections, in per cent of what was alive (V8's --heap-growing-percent). */
export const bigPlanHeapGrowthPercent = 50;

export function shouldLimitHeapGrowth(planChars: number): boolean {
  return planChars >= bigPlanChars;
}

let limited = false;

/** For a big plan, the heap grows by at most half between full collections, for the rest of the process. */
export function limitHeapGrowthFor(planChars: number): void {
  if (limited || !shouldLimitHeapGrowth(planChars)) return;
  setFlagsFromString(`--heap-growing-percent=${bigPlanHeapGrowthPercent}`);
  limited = true;
}
