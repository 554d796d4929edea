/** The only unit conversions in the codebase. Rounded, not floored (docx's convertMillimetersToTwip floors). */

const mmPerInch = 25.4;

export function mmToPt(mm: number): number {
  return (mm / mmPerInch) * 72;
}

export function mmToTwip(mm: number): number {
  return Math.round((mm / mmPerInch) * 1440);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A4 in twips, exactly (210 × 297 mm; mmToTwip would give 16838 too, but Word's own numbers are canonical). */
export const a4Twip = { short: 11906, long: 16838 } as const;
