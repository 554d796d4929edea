import { typographText } from '../../language/typography.js';
import { pageGeometry, textWidthMm } from '../../model/page.js';
import type { Paragraph, StyleName } from '../../model/schema.js';
import { layout, tableSizesPt } from '../../model/styles.js';
import { cellMarginsMm, measureWords } from '../../render/column-needs.js';

/** A cell's text as the plan will hold it, in the column it stands in (cells over several columns are left out). */
export type ColumnText = {
  readonly column: number;
  readonly lines: readonly string[];
  /** The column titles are set bold (the head's style). */
  readonly head: boolean;
  /** The lines are items of a list, set with the marker's indent. */
  readonly list: boolean;
};

export type Orientation = 'portrait' | 'landscape';

/** Added to what a column needs: a tenth of a millimetre written down must not come out short. */
const roundingMm = 0.2;

/**
 * Widths from the Word grid (toPlanWidths) raised where a column could not hold a word whole: Word sets a narrow «№
 * п/п» column that gramota's cell margins and metrics would break between letters, and the build would warn about the
 * plan's own widths. Such a column gets what its longest unbreakable piece needs (measured as the build measures it,
 * render/column-needs.ts); the others share the rest in their proportions. The result is in millimetres to a tenth.
 * Widths that fit are kept as they are; none when the words cannot all fit (gramota fits the columns to their content
 * then). Measured on the page of the document's orientation: a landscape table's proportions need not give a
 * portrait page's room (a «Сроки» column raised for a portrait page moved the rows of a landscape roadmap).
 */
export function fitWordsWhole(
  widths: readonly number[],
  texts: readonly ColumnText[],
  orientation: Orientation = 'portrait',
): number[] | undefined {
  const availableMm = textWidthMm(pageGeometry(orientation));
  const total = widths.reduce((sum, w) => sum + w, 0);
  const mm = widths.map((w) => (w / total) * availableMm);
  const needs = widths.map(() => 0);
  for (const text of texts) needs[text.column] = Math.max(needs[text.column] ?? 0, measureNeedMm(text));
  if (mm.every((w, c) => w >= needs[c]!)) return [...widths];
  // The columns given what they need; the rest shrink alike, which may bring another under its need.
  const raised = new Set(mm.flatMap((w, c) => (w < needs[c]! ? [c] : [])));
  for (;;) {
    const restMm = availableMm - [...raised].reduce((sum, c) => sum + needs[c]!, 0);
    const donorsMm = mm.reduce((sum, w, c) => sum + (raised.has(c) ? 0 : w), 0);
    if (restMm <= 0 || donorsMm === 0) return undefined;
    const scaled = mm.map((w, c) => (raised.has(c) ? needs[c]! : (w * restMm) / donorsMm));
    if (scaled.every((w, c) => raised.has(c) || w >= needs[c]!))
      return scaled.map((w, c) => Math.floor(w * 10) / 10 + (raised.has(c) ? 0.1 : 0));
    for (const [c, w] of scaled.entries()) if (w < needs[c]!) raised.add(c);
  }
}

/** What a cell's text needs of its column: its widest unbreakable piece, the cell margins and any list indent. */
function measureNeedMm({ lines, head, list }: ColumnText): number {
  const style: StyleName = head ? 'tableHead' : 'tableText';
  const indentMm = list ? layout.listHangingMm : 0;
  const pieces = lines.flatMap((line) => {
    // At the least size the build may set a table's text (render/table-size-rule.ts steps down to it before a word
    // would break): a piece that fits there needs no wider column.
    const paragraph: Paragraph = {
      type: 'paragraph',
      style,
      sizePt: tableSizesPt[0],
      children: [{ type: 'text', value: typographText(line) }],
    };
    return measureWords(paragraph).map((word) => word.minMm);
  });
  return Math.max(0, ...pieces) + indentMm + cellMarginsMm + roundingMm;
}
