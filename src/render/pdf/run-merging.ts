import { platform } from '../../platform/index.js';

/**
 * A placed piece of a line as pdfmake renders it (Renderer.renderLine): pieces that touch and agree in all that pdfmake
 * draws them with are one run of text; a piece with a link or a page reference is drawn alone.
 */
type Inline = Record<string, unknown> & {
  text: string;
  x: number;
  width: number;
  justifyShift?: number;
  font?: unknown;
  fontSize?: unknown;
  color?: unknown;
  opacity?: unknown;
  characterSpacing?: unknown;
  fontFeatures?: unknown;
  decoration?: unknown;
  decorationColor?: unknown;
  decorationStyle?: unknown;
  decorationThickness?: unknown;
  background?: unknown;
  sup?: unknown;
  sub?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  _pageNodeRef?: unknown;
};
type Line = { inlines: Inline[]; _pageNodeRef?: unknown };
type Renderer = { renderLine(line: Line, x: number, y: number): void };

/** Touching, to a thousandth of a point: pdfmake places the next piece at the sum of the widths before it. */
const touchPt = 1e-3;

let patched = false;

/**
 * The pieces of a line drawn as runs. pdfmake breaks text at every place a line may break — with Russian hyphenation
 * at every soft hyphen, so «орга­ни­за­ция» is four pieces — and draws each piece as a text object of its own (its
 * colour, font, position; its Renderer notes the joining as work left to do). Consecutive pieces of one look that touch (no space stretched
 * between them by justification) are drawn as one run: the glyphs land where they did (no kerning: a run is as wide
 * as its pieces), the page streams shrink, and a reader copies whole words.
 */
export function patchRunMerging(): void {
  if (patched) return;
  const Renderer = platform.loadModule<{ default: { prototype: Renderer } }>(
    'pdfmake/js/Renderer.js',
  ).default;
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function renderRuns(this: Renderer, line, x, y) {
    renderLine.call(this, line._pageNodeRef === undefined ? mergeRuns(line) : line, x, y);
  };
  patched = true;
}

/** The line with its touching pieces of one look joined; the line itself when there are none. */
export function mergeRuns<T extends Line>(line: T): T {
  const { inlines } = line;
  let runs: Inline[] | undefined;
  let start = 0;
  for (let i = 1; i <= inlines.length; i++) {
    if (i < inlines.length && canJoin(inlines[i - 1]!, inlines[i]!)) continue;
    if (i - start > 1) {
      runs ??= inlines.slice(0, start);
      runs.push(joinPieces(inlines, start, i));
    } else runs?.push(inlines[start]!);
    start = i;
  }
  if (runs === undefined) return line;
  return Object.assign(Object.create(Object.getPrototypeOf(line) as object) as T, line, { inlines: runs });
}

/** Pieces start…end − 1 as one: the first one's look and place, all their text and width. */
function joinPieces(inlines: readonly Inline[], start: number, end: number): Inline {
  let text = '';
  let width = 0;
  for (let i = start; i < end; i++) {
    text += inlines[i]!.text;
    width += inlines[i]!.width;
  }
  return { ...inlines[start]!, text, width };
}

function canJoin(piece: Inline, next: Inline): boolean {
  return (
    !next.justifyShift &&
    Math.abs(piece.x + piece.width - next.x) < touchPt &&
    piece.font === next.font &&
    piece.fontSize === next.fontSize &&
    piece.color === next.color &&
    piece.opacity === next.opacity &&
    piece.characterSpacing === next.characterSpacing &&
    piece.fontFeatures === next.fontFeatures &&
    piece.decoration === next.decoration &&
    piece.decorationColor === next.decorationColor &&
    piece.decorationStyle === next.decorationStyle &&
    piece.decorationThickness === next.decorationThickness &&
    piece.background === next.background &&
    piece.sup === next.sup &&
    piece.sub === next.sub &&
    piece.link == null &&
    next.link == null &&
    piece.linkToPage == null &&
    next.linkToPage == null &&
    piece.linkToDestination == null &&
    next.linkToDestination == null &&
    piece._pageNodeRef == null &&
    next._pageNodeRef == null
  );
}
