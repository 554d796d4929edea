import { platform } from '../../platform/index.js';

/** A placed piece of a line as pdfmake renders it (Renderer.renderLine). */
type Inline = Record<string, unknown> & { text: string; x: number; width: number; justifyShift?: number };
type Line = { inlines: Inline[]; _pageNodeRef?: unknown };
type Renderer = { renderLine(line: Line, x: number, y: number): void };

/** What pdfmake draws a piece with: pieces that agree in all of them and touch are one run of text. */
const drawn = [
  'font',
  'fontSize',
  'fontFeatures',
  'characterSpacing',
  'color',
  'opacity',
  'decoration',
  'decorationColor',
  'decorationStyle',
  'decorationThickness',
  'background',
  'sup',
  'sub',
] as const;
/** Pieces with these are drawn alone: a link's area, a page reference's number. */
const own = ['link', 'linkToPage', 'linkToDestination', '_pageNodeRef'] as const;

/** Touching, to a thousandth of a point: pdfmake places the next piece at the sum of the widths before it. */
const touchPt = 1e-3;

let patched = false;

/**
 * The pieces of a line drawn as runs. pdfmake breaks text at every place a line may break — with Russian hyphenation
 * at every soft hyphen, so «орга­ни­за­ция» is four pieces — and draws each piece as a text object of its own (its
 * colour, font, position: a TODO in its Renderer). Consecutive pieces of one look that touch (no space stretched
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
  if (next.justifyShift || Math.abs(piece.x + piece.width - next.x) >= touchPt) return false;
  for (const key of drawn) if (piece[key] !== next[key]) return false;
  for (const key of own) if (piece[key] != null || next[key] != null) return false;
  return true;
}
