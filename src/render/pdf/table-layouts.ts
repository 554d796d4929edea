import type { CustomTableLayout } from 'pdfmake/interfaces.js';
import type { Table } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';

/** Cell padding in pt (layout.cellPaddingXMm / cellPaddingYMm). */
export const cellPaddingPt = { x: mmToPt(layout.cellPaddingXMm), y: mmToPt(layout.cellPaddingYMm) } as const;

/**
 * Cell margins. The top one is the row's padding, so a row that breaks across pages gets it again at the top of its
 * continuation, as LibreOffice and Word give a split cell its top margin on every page.
 */
const padding = (rulePt: number) =>
  ({
    // Word draws the rules inside the cell margins, so text keeps the full cell width less the margins.
    paddingLeft: () => cellPaddingPt.x - rulePt / 2,
    paddingRight: () => cellPaddingPt.x - rulePt / 2,
    paddingTop: () => cellPaddingPt.y,
    paddingBottom: () => cellPaddingPt.y,
  }) as const;

/**
 * The two table layouts, registered on the pdfmake instance by fonts.ts, so that definitions name them
 * (`layout: 'gramotaGrid'`) and stay plain data.
 */
export const pdfTableLayouts: Record<string, CustomTableLayout> = {
  gramotaGrid: {
    ...padding(layout.borderPt),
    hLineWidth: () => layout.borderPt,
    vLineWidth: () => layout.borderPt,
    hLineColor: () => 'black',
    vLineColor: () => 'black',
  },
  gramotaNone: { ...padding(0), hLineWidth: () => 0, vLineWidth: () => 0 },
};

export function tableLayoutName(borders: Table['borders']): string {
  return borders === 'grid' ? 'gramotaGrid' : 'gramotaNone';
}
