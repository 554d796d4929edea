import { text } from '../messages.js';
import type { Block, Cell, Inline, List, ListItem, Row, Section, Table, Width } from '../model/schema.js';
import {
  type Attrs,
  allowOnly,
  MarkupError,
  readAlign,
  readBool,
  readCellLook,
  readColumnTitles,
  readEnum,
  readInt,
  readStyle,
  readTableSize,
  readWidths,
  spanOf,
} from './attributes.js';

export type Marks = { readonly bold?: boolean; readonly italic?: boolean; readonly underline?: boolean };
type Pos = { readonly line: number; readonly column: number };

/** Builders of the parser's stack; local mutable state that never leaves parseMarkup. */
export type ParagraphFrame = {
  kind: 'paragraph';
  style: Block & { type: 'paragraph' } extends { style: infer S } ? S : never;
  align?: 'left' | 'center' | 'right' | 'justify' | undefined;
  keepNext?: boolean | undefined;
  inlines: Inline[];
  marks: Marks;
};
export type Frame =
  | { kind: 'document'; title: string; author?: string | undefined; sections: Section[] }
  | ({ kind: 'section'; children: Block[] } & Pick<Section, 'orientation' | 'pageNumbers' | 'title'>)
  | ParagraphFrame
  | { kind: 'mark'; paragraph: ParagraphFrame; marks: Marks }
  | { kind: 'list'; options: Omit<List, 'type' | 'items'>; items: ListItem[]; inTable: boolean }
  | { kind: 'item'; children: Block[]; inTable: boolean }
  | {
      kind: 'table';
      borders: 'grid' | 'none';
      widths: Width[];
      sizePt: Table['sizePt'];
      columnTitles: string[] | undefined;
      rows: Row[];
    }
  | { kind: 'row'; header?: boolean | undefined; keepNext?: boolean | undefined; cells: Cell[] }
  | ({ kind: 'cell'; children: Block[] } & Omit<Cell, 'children'>)
  | { kind: 'empty'; name: 'br' | 'tab' | 'page-number' | 'page-break' | 'contents' }
  | { kind: 'prebuilt'; block: Block }
  | { kind: 'ignored'; name: string };

/** What closing the root element yields. */
export type ClosedDocument = { title: string; author?: string | undefined; sections: Section[] };

const blockTags = ['p', 'list', 'table', 'page-break'];
const sectionTags = [...blockTags, 'contents']; // the contents lists its section's headings
const inlineTags = ['b', 'i', 'u', 'br', 'tab', 'page-number'];
const allowedChildren: Record<string, readonly string[]> = {
  root: ['document'],
  document: ['section'],
  section: sectionTags,
  item: blockTags,
  cell: blockTags,
  list: ['item'],
  table: ['row'],
  row: ['cell'],
  paragraph: inlineTags,
  mark: inlineTags,
  empty: [],
  prebuilt: [],
};

/**
 * `<prebuilt ref="N"/>`: the Nth block a native partial built for this markup (template/native-partials.ts), where a
 * block may stand. Not in the vocabulary a template writes: without such a block it is an unknown element.
 */
export function openPrebuilt(attrs: Attrs, parent: Frame | undefined, prebuilt: readonly Block[]): Frame {
  const allowed = allowedChildren[parent?.kind ?? 'root'] ?? [];
  const block = /^\d+$/.test(attrs.ref ?? '') ? prebuilt[Number(attrs.ref)] : undefined;
  if (block === undefined || !allowed.includes('p'))
    throw new MarkupError(text.markupUnknownTag('prebuilt', allowed));
  return { kind: 'prebuilt', block };
}

/** Opens an element: checks it may stand here, reads its attributes. */
export function openFrame(name: string, attrs: Attrs, parent: Frame | undefined, _pos: Pos): Frame {
  if (parent?.kind === 'ignored') return { kind: 'ignored', name };
  const allowed = allowedChildren[parent?.kind ?? 'root'] ?? [];
  if (!allowed.includes(name)) throw new MarkupError(text.markupUnknownTag(name, allowed));
  const attr = (names: string[]) => allowOnly(attrs, names);
  const inTable =
    parent?.kind === 'cell' || ((parent?.kind === 'item' || parent?.kind === 'list') && parent.inTable);
  switch (name) {
    case 'document':
      attr(['title', 'author']);
      return { kind: 'document', title: attrs.title ?? '', author: attrs.author, sections: [] };
    case 'section':
      attr(['orientation', 'page-numbers', 'title']);
      return {
        kind: 'section',
        orientation: readEnum(attrs, 'orientation', ['portrait', 'landscape'] as const) ?? 'portrait',
        pageNumbers:
          readEnum(attrs, 'page-numbers', ['none', 'from-second'] as const) === 'none'
            ? 'none'
            : 'fromSecond',
        ...(attrs.title ? { title: attrs.title } : {}),
        children: [],
      };
    case 'p':
      attr(['style', 'align', 'keep-next']);
      return {
        kind: 'paragraph',
        style: readStyle(attrs) ?? (inTable ? 'tableText' : 'body'),
        align: readAlign(attrs),
        keepNext: readBool(attrs, 'keep-next'),
        inlines: [],
        marks: {},
      };
    case 'b':
    case 'i':
    case 'u': {
      attr([]);
      const paragraph = parent?.kind === 'mark' ? parent.paragraph : (parent as ParagraphFrame);
      const inherited = parent?.kind === 'mark' ? parent.marks : {};
      const key = name === 'b' ? 'bold' : name === 'i' ? 'italic' : 'underline';
      return { kind: 'mark', paragraph, marks: { ...inherited, [key]: true } };
    }
    case 'br':
    case 'tab':
    case 'page-number':
    case 'page-break':
    case 'contents':
      attr([]);
      return { kind: 'empty', name };
    case 'list':
      attr(['ordered', 'outline', 'inline', 'marker']);
      return {
        kind: 'list',
        options: {
          ordered: readBool(attrs, 'ordered') ?? false,
          ...(readBool(attrs, 'outline') ? { outline: true } : {}),
          ...(readBool(attrs, 'inline') ? { inline: true } : {}),
          ...(readEnum(attrs, 'marker', ['paren'] as const) ? { marker: 'paren' as const } : {}),
        },
        items: [],
        inTable,
      };
    case 'item':
      attr([]);
      return { kind: 'item', children: [], inTable };
    case 'table': {
      attr(['borders', 'widths', 'size', 'titles']);
      const widths = readWidths(attrs);
      return {
        kind: 'table',
        borders: readEnum(attrs, 'borders', ['grid', 'none'] as const) ?? 'grid',
        widths,
        sizePt: readTableSize(attrs),
        columnTitles: readColumnTitles(attrs, widths.length),
        rows: [],
      };
    }
    case 'row':
      attr(['header', 'keep-next']);
      return {
        kind: 'row',
        header: readBool(attrs, 'header'),
        keepNext: readBool(attrs, 'keep-next'),
        cells: [],
      };
    case 'cell':
      attr(['row-span', 'col-span', 'align', 'valign', 'fill']);
      return {
        kind: 'cell',
        rowSpan: spanOf(readInt(attrs, 'row-span')),
        colSpan: spanOf(readInt(attrs, 'col-span')),
        ...readCellLook(attrs),
        children: [],
      };
    default:
      throw new MarkupError(text.markupUnknownTag(name, allowed));
  }
}
