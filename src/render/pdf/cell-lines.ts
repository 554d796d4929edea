import type { CellLines } from '../lone-lines.js';

/** Where pdfmake placed one line of a text node (LayoutBuilder.processLeaf pushes one per line). */
type LinePosition = { readonly pageNumber: number; readonly top: number; readonly gramotaHyphen?: true };
type LaidOutNode = {
  readonly positions?: readonly LinePosition[];
  readonly text?: unknown;
  readonly stack?: readonly LaidOutNode[];
  readonly ul?: readonly LaidOutNode[];
  readonly ol?: readonly LaidOutNode[];
  readonly columns?: readonly LaidOutNode[];
  readonly table?: { readonly body?: readonly (readonly LaidOutNode[])[] };
};

/**
 * The lines of each cell of a row that pdfmake broke across pages, on the page the row starts on and on the page it
 * ends on, the lines that end inside a word (a drawn hyphen, hyphens.ts), and the line pitch: lines side by side (a
 * list marker beside its text) count once. Read from the text nodes' positions once the row is laid out.
 */
export function countRowLines(
  cells: readonly unknown[],
  startPage: number,
  endPage: number,
): { cells: CellLines[]; pitchPt: number | undefined } {
  let pitchPt: number | undefined;
  const counted = cells.map((cell) => {
    const tops = new Map<number, Set<number>>();
    const hyphenated = new Set<string>();
    for (const position of collectPositions(cell as LaidOutNode)) {
      const page = position.pageNumber - 1; // pdfmake's positions count pages from 1, its contexts from 0
      const onPage = tops.get(page) ?? new Set<number>();
      const top = Math.round(position.top * 100) / 100;
      onPage.add(top);
      tops.set(page, onPage);
      if (position.gramotaHyphen) hyphenated.add(`${page} ${top}`);
    }
    for (const onPage of tops.values()) pitchPt = findPitch([...onPage], pitchPt);
    const lines = [...tops.keys()]
      .sort((a, b) => a - b)
      .flatMap((page) => [...tops.get(page)!].sort((a, b) => a - b).map((top) => `${page} ${top}`));
    const hyphenEnds = lines.flatMap((line, i) => (hyphenated.has(line) ? [i + 1] : []));
    const before = tops.get(startPage)?.size ?? 0;
    return { before, after: tops.get(endPage)?.size ?? 0, total: lines.length, hyphenEnds };
  });
  return { cells: counted, pitchPt };
}

function collectPositions(node: LaidOutNode | undefined): LinePosition[] {
  if (node === undefined || node === null || typeof node !== 'object') return [];
  const own = node.text !== undefined ? [...(node.positions ?? [])] : [];
  const children = [...(node.stack ?? []), ...(node.ul ?? []), ...(node.ol ?? []), ...(node.columns ?? [])];
  const rows = node.table?.body ?? [];
  return [...own, ...children.flatMap(collectPositions), ...rows.flat().flatMap(collectPositions)];
}

/** The smallest distance between two lines of one page: the line pitch (a gap between paragraphs is larger). */
function findPitch(tops: number[], known: number | undefined): number | undefined {
  tops.sort((a, b) => a - b);
  let pitch = known;
  for (let i = 1; i < tops.length; i++) {
    const step = tops[i]! - tops[i - 1]!;
    if (step > 0.5 && (pitch === undefined || step < pitch)) pitch = step;
  }
  return pitch;
}
