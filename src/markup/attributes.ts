import { text } from '../messages.js';
import { alignSchema, fillSchema, styleNameSchema, type Table, type Width } from '../model/schema.js';

/** Attribute readers of the markup vocabulary: each returns the value or throws a short Russian reason. */
export type Attrs = Readonly<Record<string, string>>;

/** A vocabulary error in the markup: unknown element, misplaced element or bad attribute. */
export class MarkupError extends Error {}

/** A bad attribute value: the element's name is added by the parser. */
export class AttributeProblem extends Error {
  constructor(
    readonly attribute: string,
    detail: string,
  ) {
    super(detail);
  }
}

export function readEnum<T extends string>(attrs: Attrs, name: string, values: readonly T[]): T | undefined {
  const v = attrs[name];
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v))
    throw new AttributeProblem(name, text.attrNotOneOf(v, values));
  return v as T;
}

export function readBool(attrs: Attrs, name: string): boolean | undefined {
  return readEnum(attrs, name, ['true', 'false'] as const)?.startsWith('t');
}

export function readInt(attrs: Attrs, name: string): number | undefined {
  const v = attrs[name];
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(v)) throw new AttributeProblem(name, text.attrNotPositiveInt(v));
  return Number(v);
}

export function readStyle(attrs: Attrs) {
  return readEnum(attrs, 'style', styleNameSchema.options);
}

export function readAlign(attrs: Attrs) {
  return readEnum(attrs, 'align', alignSchema.options);
}

/** How a cell looks: `align`, `valign` and `fill="#BFBFBF"` (a background colour, six hex digits). */
export function readCellLook(attrs: Attrs) {
  const fill = attrs.fill?.toUpperCase();
  if (fill !== undefined && !fillSchema.safeParse(fill).success)
    throw new AttributeProblem('fill', text.attrBadFill(attrs.fill ?? ''));
  return {
    align: readAlign(attrs),
    valign: readEnum(attrs, 'valign', ['top', 'center', 'bottom'] as const),
    fill,
  };
}

/** `widths="75mm 1fr 2fr auto"`: fixed millimetres, shares of the remaining width, or fitted to the content. */
export function readWidths(attrs: Attrs): Width[] {
  const v = attrs.widths;
  if (v === undefined || v.trim() === '') throw new AttributeProblem('widths', text.attrWidthsRequired);
  return v
    .trim()
    .split(/\s+/)
    .map((part): Width => {
      if (part === 'auto') return { auto: true };
      const m = /^(\d+(?:\.\d+)?)(mm|fr)$/.exec(part);
      if (!m || Number(m[1]) <= 0) throw new AttributeProblem('widths', text.attrBadWidth(part));
      return m[2] === 'mm' ? { mm: Number(m[1]) } : { fr: Number(m[1]) };
    });
}

/**
 * `titles="Фамилия, инициалы | Подпись | Дата"`: what warnings call the columns of a table without a head row, one
 * title a column, between vertical bars.
 */
export function readColumnTitles(attrs: Attrs, columns: number): string[] | undefined {
  const v = attrs.titles;
  if (v === undefined) return undefined;
  const titles = v.split('|').map((title) => title.trim());
  if (titles.length !== columns)
    throw new AttributeProblem('titles', text.attrTitlesCount(titles.length, columns));
  return titles;
}

/** `size="11"`: the size of a table's text the template states (10, 11 or 12 pt); fitting leaves it. */
export function readTableSize(attrs: Attrs): Table['sizePt'] {
  const v = readEnum(attrs, 'size', ['10', '11', '12'] as const);
  return v === undefined ? undefined : (Number(v) as Table['sizePt']);
}

/** A span of 1 is no span: the model leaves it out. */
export function spanOf(n: number | undefined): number | undefined {
  return n === undefined || n === 1 ? undefined : n;
}

export function allowOnly(attrs: Attrs, names: readonly string[]): void {
  for (const name of Object.keys(attrs)) {
    if (!names.includes(name)) throw new AttributeProblem(name, text.attrUnknown(names));
  }
}
