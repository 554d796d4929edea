import { chooseScale, type MonthSpan, type TimeColumn, toTimeColumns } from './columns.js';
import type { ScheduleScale } from './schema.js';

/**
 * How wide the time columns are: equal, at most 12 mm, leaving the number and activity columns 110 mm when the page
 * allows and never less than 60 mm. Each label must fit its column at 12 pt with the cells' 1.5 mm padding
 * (tests/kinds/schedule measure them): month names «июн» need 11 mm, month numbers and quarters «III» 7.5 mm, years
 * 12 mm. Month names are used when 11 mm columns fit, numbers otherwise.
 */
const widestMm = 12;
const textWantedMm = 110;
const textLeastMm = 60;
const monthNamesMm = 11;
const leastMm: Readonly<Record<ScheduleScale, number>> = { months: 7.5, quarters: 7.5, years: 12 };

export type FittedColumns = {
  readonly scale: ScheduleScale;
  readonly columns: readonly TimeColumn[];
  readonly widthMm: number;
};

/** The columns at the asked scale, or at the finest scale that fits; a count when the asked one cannot fit. */
export function fitTimeColumns(
  period: MonthSpan,
  textWidthMm: number,
  asked: ScheduleScale | undefined,
): FittedColumns | { readonly tooMany: number; readonly most: number } {
  const scales: ScheduleScale[] = asked ? [asked] : listScalesFrom(chooseScale(period));
  for (const scale of scales) {
    const count = toTimeColumns(period, scale, false).length;
    const share = Math.min(widestMm, Math.floor(((textWidthMm - textWantedMm) / count) * 10) / 10);
    const widthMm = Math.max(share, leastMm[scale]);
    if (count * widthMm > textWidthMm - textLeastMm) continue;
    const names = scale === 'months' && widthMm >= monthNamesMm;
    return { scale, columns: toTimeColumns(period, scale, names), widthMm };
  }
  const scale = scales[0]!;
  return {
    tooMany: toTimeColumns(period, scale, false).length,
    most: Math.floor((textWidthMm - textLeastMm) / leastMm[scale]),
  };
}

function listScalesFrom(scale: ScheduleScale): ScheduleScale[] {
  const all: ScheduleScale[] = ['months', 'quarters', 'years'];
  return all.slice(all.indexOf(scale));
}
