import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import type { Align } from '../../model/schema.js';
import {
  type SmallerSizePt,
  type StyleSpec,
  smallerSizesPt,
  styleNames,
  styles,
  tableStyleNames,
} from '../../model/styles.js';
import { mmToTwip, ptToHalfPoints, ptToTwip } from '../../model/units.js';

const fontName = 'Times New Roman';
/** Times New Roman for every script, so Cyrillic (and any East Asian fallback) never picks a theme font. */
const font = { ascii: fontName, hAnsi: fontName, cs: fontName, eastAsia: fontName } as const;
/** Single line spacing (GOST R 7.0.97: requisites and tables single-spaced; body 1.0 by our default). */
const singleSpacing = { line: 240, lineRule: LineRuleType.AUTO } as const;
const bodySizePt = 14;

/** The Word alignment of a model alignment ('justify' is Word's 'both'). */
export function toDocxAlignment(align: Align): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.BOTH;
    default: {
      const _exhaustive: never = align;
      return _exhaustive;
    }
  }
}

/** The Word style id of a named model style, or of the style derived from it for a smaller size (a table's). */
export function toStyleId(name: (typeof styleNames)[number], sizePt?: SmallerSizePt): string {
  return sizePt === undefined ? styles[name].wordId : `${styles[name].wordId}${sizePt}`;
}

/**
 * «Текст таблицы 11 пт»: the style a paragraph of a stepped-down table has, based on its own and differing only in
 * size, so a user who changes «Текст таблицы» in Word changes these too. styles.xml keeps those the text uses.
 */
function toSmallerStyle(spec: StyleSpec, sizePt: SmallerSizePt): IParagraphStyleOptions {
  return {
    id: `${spec.wordId}${sizePt}`,
    name: `${spec.wordName} ${sizePt} пт`,
    basedOn: spec.wordId,
    quickFormat: true,
    run: { size: ptToHalfPoints(sizePt) },
  };
}

/**
 * Outline levels: the document title, then section headings. Word's navigation pane and a table of contents list
 * them, and converters (LibreOffice, pandoc, a style map of mammoth) read them as headings 1 and 2.
 */
const outlineLevels: ReadonlyMap<string, number> = new Map([
  [styles.title.wordId, 0],
  [styles.heading.wordId, 1],
]);

function toParagraphStyle(spec: StyleSpec): IParagraphStyleOptions {
  const outlineLevel = outlineLevels.get(spec.wordId);
  return {
    id: spec.wordId,
    name: spec.wordName,
    basedOn: 'Normal',
    quickFormat: true,
    // Bold and keep-with-next are written only when on, as Word itself writes them.
    run: { font, size: ptToHalfPoints(spec.sizePt), ...(spec.bold ? { bold: true } : {}) },
    paragraph: {
      alignment: toDocxAlignment(spec.align),
      indent: { firstLine: mmToTwip(spec.firstLineMm) },
      spacing: { before: ptToTwip(spec.spaceBeforePt), after: ptToTwip(spec.spaceAfterPt), ...singleSpacing },
      // A paragraph kept with the next is kept whole too, as the PDF keeps it (pdf/paragraph.ts).
      ...(spec.keepNext ? { keepNext: true, keepLines: true } : {}),
      ...(outlineLevel === undefined ? {} : { outlineLevel }),
      widowControl: spec.widowControl,
    },
  } as IParagraphStyleOptions;
}

/**
 * Widow/orphan control (w:widowControl) by style (StyleSpec.widowControl): two lines at least on each side of a page
 * break in body text; the PDF applies the same rule (pdf/widows.ts). docx writes the property for styles too, though
 * its style options type omits it.
 */
const widowControlOn: object = { widowControl: true };

/** Word's own 'Normal', redefined: Times New Roman 14 pt, single-spaced, nothing after a paragraph. */
const normalStyle: IParagraphStyleOptions = {
  id: 'Normal',
  name: 'Normal',
  quickFormat: true,
  run: { font, size: ptToHalfPoints(bodySizePt) },
  paragraph: { spacing: { before: 0, after: 0, ...singleSpacing }, ...widowControlOn },
};

/** Document defaults and one Word paragraph style per named model style (src/model/styles.ts). */
export function toDocxStyles(): IStylesOptions {
  return {
    default: {
      document: {
        // Russian for spelling and hyphenation, whatever the language of the reader's Word.
        run: { font, size: ptToHalfPoints(bodySizePt), language: { value: 'ru-RU' } },
        paragraph: { spacing: { before: 0, after: 0, ...singleSpacing } },
      },
    },
    paragraphStyles: [
      normalStyle,
      ...styleNames.map((name) => toParagraphStyle(styles[name])),
      ...tableStyleNames.flatMap((name) => smallerSizesPt.map((pt) => toSmallerStyle(styles[name], pt))),
    ],
  };
}
