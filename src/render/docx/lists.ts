import {
  AlignmentType,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphOptions,
  LevelFormat,
} from 'docx';
import type { List, ListItem, Paragraph as ParagraphNode } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToTwip } from '../../model/units.js';
import { type DocxBlock, toDocxBlocks, toDocxParagraph } from './blocks.js';
import type { DocxContext, ListPlacement } from './context.js';

/** Word numbering definitions (abstractNum) of the two list kinds. Each list is a w:num instance of one of them. */
const references = { bullet: 'gramota-bullet', ordered: 'gramota-ordered' } as const;
/** Word allows levels 0–8. */
const maxLevel = 8;
const levels = Array.from({ length: maxLevel + 1 }, (_, level) => level);

function toLevelIndent(level: number): { left: number; hanging: number } {
  return { left: mmToTwip(layout.listIndentMm * (level + 1)), hanging: mmToTwip(layout.listHangingMm) };
}

function toLevel(level: number, ordered: boolean): ILevelsOptions {
  return {
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    // Generic lists: every level counts on its own («1.», not «1.1.»); bullets are the dash of official documents.
    text: ordered ? `%${level + 1}.` : layout.bullet,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: toLevelIndent(level) } },
  };
}

/** The document's numbering part: a bullet and a decimal definition, nine levels each. */
export function toDocxNumbering(): INumberingOptions {
  return {
    config: [
      { reference: references.bullet, levels: levels.map((level) => toLevel(level, false)) },
      { reference: references.ordered, levels: levels.map((level) => toLevel(level, true)) },
    ],
  };
}

/**
 * Numbering and indent of a paragraph in a list item. The indent is also written on the paragraph, because the
 * body style's first-line indent would otherwise compete with the list's hanging indent.
 */
export function toListParagraphOptions(
  placement: ListPlacement,
): Pick<IParagraphOptions, 'numbering' | 'indent'> {
  const indent = toLevelIndent(placement.level);
  if (!placement.numbered) {
    return { indent: { left: indent.left, firstLine: 0 } };
  }
  const { reference, level, instance } = placement;
  // custom: keep our paragraph style instead of docx's implicit «List Paragraph».
  return { numbering: { reference, level, instance, custom: true }, indent };
}

/** A list: its own Word list instance (so it counts from 1), one level deeper than the list it is in. */
export function toDocxList(list: List, context: DocxContext): DocxBlock[] {
  const placement = {
    reference: list.ordered ? references.ordered : references.bullet,
    instance: context.nextListInstance(),
    level: context.list ? Math.min(context.list.level + 1, maxLevel) : 0,
  };
  return list.items.flatMap((item) => toDocxListItem(item, context, placement));
}

const emptyParagraph: ParagraphNode = { type: 'paragraph', style: 'bodyPlain', children: [] };

/** The item's first paragraph carries the number; an item that starts with another block gets an empty one. */
function toDocxListItem(
  item: ListItem,
  context: DocxContext,
  placement: Omit<ListPlacement, 'numbered'>,
): DocxBlock[] {
  const first = item.children[0];
  const head = first?.type === 'paragraph' ? first : emptyParagraph;
  const rest = first?.type === 'paragraph' ? item.children.slice(1) : item.children;
  return [
    toDocxParagraph(head, { ...context, list: { ...placement, numbered: true } }),
    ...toDocxBlocks(rest, { ...context, list: { ...placement, numbered: false } }),
  ];
}
