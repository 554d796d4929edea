import type { Section, Width } from './schema.js';

/** A4 and the GOST R 7.0.97 margins: left 30, right 10, top 20, bottom 20 mm (domain-spec §1). */
export const a4 = { shortMm: 210, longMm: 297 } as const;
const portraitMargins = { top: 20, right: 10, bottom: 20, left: 30 } as const;

export type PageGeometry = {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly margins: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
};

/**
 * Page geometry of a section. A landscape page keeps the margins on the same physical edges of the sheet,
 * rotated (DESIGN.md): the 30 mm binding margin becomes the top one, as Word does when the orientation changes.
 */
export function pageGeometry(orientation: Section['orientation']): PageGeometry {
  if (orientation === 'portrait') {
    return { widthMm: a4.shortMm, heightMm: a4.longMm, margins: portraitMargins };
  }
  const m = portraitMargins;
  return {
    widthMm: a4.longMm,
    heightMm: a4.shortMm,
    margins: { top: m.left, right: m.top, bottom: m.right, left: m.bottom },
  };
}

export function textWidthMm(page: PageGeometry): number {
  return page.widthMm - page.margins.left - page.margins.right;
}

/** The height of a page's text: between the top and bottom margins. */
export function textHeightMm(page: PageGeometry): number {
  return page.heightMm - page.margins.top - page.margins.bottom;
}

/**
 * Absolute column widths in mm: fixed columns first, the rest shared by their `fr` weights. Columns fitted to their
 * content (`auto`) are worked out from the table's cells by render/column-widths.ts; here they count as `1fr`.
 */
export function resolveWidthsMm(widths: readonly Width[], availableMm: number): number[] {
  const share = (w: Width) => ('fr' in w ? w.fr : 'auto' in w ? 1 : 0);
  const fixed = widths.reduce((sum, w) => sum + ('mm' in w ? w.mm : 0), 0);
  const shares = widths.reduce((sum, w) => sum + share(w), 0);
  const free = Math.max(availableMm - fixed, 0);
  return widths.map((w) => ('mm' in w ? w.mm : shares > 0 ? (free * share(w)) / shares : 0));
}
