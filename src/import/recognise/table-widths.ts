/** Columns narrower than this share of the widest differ from equal widths by more than a reader notices. */
const equalTolerance = 0.02;
/** How close to a whole number a scaled width must be to be written as one (the twips were rounded). */
const wholeTolerance = 0.02;

/**
 * A table's relative column widths for the plan (`widths`), from its grid in twips: none when the columns are of
 * equal width (the plan's default); small numbers when the widths are in a simple ratio, as a plan wrote them
 * («2, 1.5, 4, 4» come back as [4, 3, 8, 8]); otherwise millimetres to a tenth — each keeps the table as Word draws it.
 */
export function toPlanWidths(twips: readonly number[], columns: number): number[] | undefined {
  if (twips.length !== columns || columns < 2) return undefined;
  const widest = Math.max(...twips);
  if (twips.every((w) => widest - w <= equalTolerance * widest)) return undefined;
  const narrowest = Math.min(...twips);
  for (let scale = 1; scale <= 12; scale++) {
    const scaled = twips.map((w) => (w / narrowest) * scale);
    if (scaled.every((w) => w <= 100 && Math.abs(w - Math.round(w)) <= wholeTolerance))
      return scaled.map(Math.round);
  }
  return twips.map((w) => Math.round((w / 1440) * 254) / 10);
}
