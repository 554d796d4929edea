import {
  AlignmentType,
  type ILevelsOptions,
  type INumberingOptions,
  LevelFormat,
  LevelSuffix,
  type NumberingDefinition,
} from 'docx';
import { layout, styles } from '../../model/styles.js';
import { mmToTwip } from '../../model/units.js';
import { toOutlineMarkerWidthMm } from '../list-numbers.js';

/**
 * Word numbering definitions (abstractNum). Each list is a w:num instance of one of them; the paragraph's own
 * indent (lists.ts) takes precedence over a level's, so the indents here are what Word offers when a user puts
 * a new paragraph into the list.
 */

/** Word allows levels 0–8. */
export const maxLevel = 8;
const levels = Array.from({ length: maxLevel + 1 }, (_, level) => level);

type Kind = 'bullet' | 'ordered' | 'paren' | 'outline';

/** The definitions every document has: generic bullets and numbers, hanging and inline. */
export const references = {
  bullet: 'gramota-bullet',
  ordered: 'gramota-ordered',
  bulletInline: 'gramota-bullet-inline',
  orderedInline: 'gramota-ordered-inline',
  paren: 'gramota-paren',
  parenInline: 'gramota-paren-inline',
} as const;

/** The reference of a generic (not outline) list: bullets, «1.» or «1)». */
export function toGenericReference(ordered: boolean, inline: boolean, paren = false): string {
  if (ordered && paren) return inline ? references.parenInline : references.paren;
  if (ordered) return inline ? references.orderedInline : references.ordered;
  return inline ? references.bulletInline : references.bullet;
}

/** The indent of a hanging level: the marker at left − hanging, the text at left. */
export function toLevelIndent(level: number): { left: number; hanging: number } {
  return { left: mmToTwip(layout.listIndentMm * (level + 1)), hanging: mmToTwip(layout.listHangingMm) };
}

/** Hanging outline levels: each marker under the text of the level above, each column wide enough for its number. */
function toOutlineLevelIndent(level: number): { left: number; hanging: number } {
  const leftMm = levels.slice(0, level + 1).reduce((sum, l) => sum + toOutlineMarkerWidthMm(l), 0);
  return { left: mmToTwip(leftMm), hanging: mmToTwip(toOutlineMarkerWidthMm(level)) };
}

/** Inline levels: the number at the body text's first-line indent, the lines after it at the margin. */
const inlineIndent = { left: 0, firstLine: mmToTwip(styles.body.firstLineMm) };

function toLevelText(kind: Kind, level: number): string {
  switch (kind) {
    case 'bullet':
      return layout.bullet;
    case 'ordered':
      // Generic lists: every level counts on its own («1.», not «1.1.»).
      return `%${level + 1}.`;
    case 'paren':
      // A list inside a clause: «1)», «2)» on every level.
      return `%${level + 1})`;
    case 'outline':
      // «%1.%2.%3.»: each number carries its parents' (legal numbering of clauses).
      return levels
        .slice(0, level + 1)
        .map((l) => `%${l + 1}.`)
        .join('');
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

function toLevel(kind: Kind, level: number, inline: boolean): ILevelsOptions {
  const hanging = kind === 'outline' ? toOutlineLevelIndent(level) : toLevelIndent(level);
  return {
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: toLevelText(kind, level),
    alignment: AlignmentType.LEFT,
    // Inline: one space after the number; hanging: Word's default tab, to the hanging indent.
    ...(inline ? { suffix: LevelSuffix.SPACE } : {}),
    style: { paragraph: { indent: inline ? inlineIndent : hanging } },
  };
}

/** The document's numbering part: bullet, «1.» and «1)» definitions, hanging and inline, nine levels each. */
export function toDocxNumbering(): INumberingOptions {
  const generic = (reference: string, kind: Kind, inline: boolean) => ({
    reference,
    levels: levels.map((level) => toLevel(kind, level, inline)),
  });
  return {
    config: [
      generic(references.bullet, 'bullet', false),
      generic(references.ordered, 'ordered', false),
      generic(references.bulletInline, 'bullet', true),
      generic(references.orderedInline, 'ordered', true),
      generic(references.paren, 'paren', false),
      generic(references.parenInline, 'paren', true),
    ],
  };
}

/**
 * The definition of an outline whose levels are inline or hanging as given (the last flag holds for the levels
 * below). docx adds it to the numbering part when a paragraph first uses it; outlines with the same flags share it.
 */
export function toOutlineDefinition(inlineLevels: readonly boolean[]): NumberingDefinition {
  const flags = levels.map((level) => inlineLevels[Math.min(level, inlineLevels.length - 1)] === true);
  const mask = flags.map((inline) => (inline ? 'i' : 'h')).join('');
  return {
    // «gramota-outline-i» (all inline), «gramota-outline-ih» (inline sections, hanging clauses)…
    reference: `gramota-outline-${mask.replace(/(.)\1*$/, '$1')}`,
    levels: levels.map((level) => toLevel('outline', level, flags[level] === true)),
  };
}
