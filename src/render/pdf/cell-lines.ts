import type { CellLines } from '../lone-lines.js';

/** Where pdfmake placed one line of a text node (LayoutBuilder.processLeaf pushes one per line). */
type LinePosition = { readonly pageNumber: number; readonly top: number };
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
 * ends on, and the line pitch: lines side by side (a list marker beside its text) count once. Read from the text
 * nodes' positions once the row is laid out.
 */
export function countRowLines(
  cells: readonly unknown[],
  startPage: number,
  endPage: number,
): { cells: CellLines[]; pitchPt: number | undefined } {
  let pitchPt: number | undefined;
  const counted = cells.map((cell) => {
    const tops = new Map<number, Set<number>>();
    for (const position of collectPositions(cell as LaidOutNode)) {
      const page = position.pageNumber - 1; // pdfmake's positions count pages from 1, its contexts from 0
      const onPage = tops.get(page) ?? new Set<number>();
      onPage.add(Math.round(position.top * 100) / 100);
      tops.set(page, onPage);
    }
    for (const onPage of tops.values()) pitchPt = findPitch([...onPage], pitchPt);
    const total = [...tops.values()].reduce((sum, onPage) => sum + onPage.size, 0);
    return { before: tops.get(startPage)?.size ?? 0, after: tops.get(endPage)?.size ?? 0, total };
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
