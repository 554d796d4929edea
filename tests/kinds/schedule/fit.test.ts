import { describe, expect, it } from 'vitest';
import { toMonthIndex, toTimeColumns } from '../../../src/kinds/schedule/columns.js';
import { fitTimeColumns } from '../../../src/kinds/schedule/fit.js';
import { layout, styles } from '../../../src/model/styles.js';
import { measureEm } from '../../../src/render/measure.js';

const period = (from: string, to: string) => ({ first: toMonthIndex(from), last: toMonthIndex(to) });
const landscapeMm = 297 - 20 - 20;
const portraitMm = 210 - 30 - 10;

/** The width a label takes in its header cell at 12 pt, padding included. */
function cellMm(label: string, bold = false): number {
  return (measureEm(label, bold) * styles.tableText.sizePt * 25.4) / 72 + 2 * layout.cellPaddingXMm;
}

describe('calendar plan-graph: time columns fit the page', () => {
  it('chooses months up to 24, quarters up to 6 years, then years', () => {
    expect(fitTimeColumns(period('2025-09', '2027-08'), landscapeMm, undefined)).toMatchObject({
      scale: 'months',
    });
    expect(fitTimeColumns(period('2025-09', '2027-09'), landscapeMm, undefined)).toMatchObject({
      scale: 'quarters',
    });
    expect(fitTimeColumns(period('2020-01', '2027-12'), landscapeMm, undefined)).toMatchObject({
      scale: 'years',
    });
  });

  it('uses month names in 11 mm columns when they fit, and every label fits its column', () => {
    for (const [from, to, orientationMm] of [
      ['2025-09', '2026-06', landscapeMm],
      ['2025-01', '2026-12', landscapeMm],
      ['2021-01', '2026-12', landscapeMm],
      ['2025-09', '2026-06', portraitMm],
    ] as const) {
      const fitted = fitTimeColumns(period(from, to), orientationMm, undefined);
      if ('tooMany' in fitted) throw new Error(`${from}–${to} does not fit`);
      for (const column of fitted.columns) expect(cellMm(column.label)).toBeLessThanOrEqual(fitted.widthMm);
      const all = toTimeColumns(period(from, to), fitted.scale, true);
      if (fitted.widthMm >= 11)
        for (const column of all) expect(cellMm(column.label)).toBeLessThanOrEqual(11);
      expect(fitted.columns.length * fitted.widthMm).toBeLessThanOrEqual(orientationMm - 60);
    }
    const ten = fitTimeColumns(period('2025-09', '2026-06'), landscapeMm, undefined);
    expect(ten).toMatchObject({ scale: 'months', widthMm: 12 });
    expect('columns' in ten && ten.columns.map((c) => c.label).slice(0, 2)).toEqual(['сен', 'окт']);
  });

  it('cuts a quarter at the period’s ends and labels the quarters I–IV', () => {
    const columns = toTimeColumns(period('2025-11', '2026-04'), 'quarters', false);
    expect(columns.map((c) => [c.year, c.label, c.last - c.first + 1])).toEqual([
      [2025, 'IV', 2],
      [2026, 'I', 3],
      [2026, 'II', 1],
    ]);
  });
});
