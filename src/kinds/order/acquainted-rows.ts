/**
 * The longest acquaintance list kept on one page whole. Each name is a line of 14 pt text in a borderless row,
 * about 6.7 mm: twelve rows with the heading and the blank line above it take about 95 mm, under two fifths of a
 * portrait page's 257 mm of text. A clerk moves such a list to the next page rather than split it; moving a longer
 * one would leave most of a page blank, and a list that long is signed over several pages anyway.
 */
export const shortListRows = 12;

/** A row of «С приказом ознакомлены:»: the name, and whether the row keeps with the next one on its page. */
export type AcquaintedRow = { readonly name: string; readonly keepNext: boolean };

/**
 * The rows of an acquaintance list. A short list keeps together (every row but the last keeps with the next), and
 * the heading keeps with its first row (order.hbs), so the whole block moves to the next page. A long one may
 * break between rows, but its first row keeps with the second (the heading never stands with one name) and its
 * second-to-last with the last (no name alone at the top of a page).
 */
export function toAcquaintedRows(names: readonly string[]): AcquaintedRow[] {
  const last = names.length - 1;
  const short = names.length <= shortListRows;
  return names.map((name, i) => ({
    name,
    keepNext: i < last && (short || i === 0 || i === last - 1),
  }));
}
