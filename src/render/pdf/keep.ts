import type { Node, NodeQueries } from 'pdfmake/interfaces.js';

/**
 * keepNext, best effort, through pdfmake's pageBreakBefore hook (called after each layout pass, in document order;
 * returning true puts a page break before that node and lays the document out again).
 * Marks travel as plain data on the nodes: `headlineLevel` says what a node is, `id` which table row it belongs to.
 */

/** A section-level paragraph that must stay on the page of the block after it (a heading). */
export const keepNextLevel = 1;
/** A cell of a table row that must stay on the page of the next row (a stage row). */
export const keepRowLevel = 2;
/** The page number in a header: not content, never counts as "the next block is on this page". */
export const pageNumberLevel = 3;

/** A node that starts this close to the top of its page (share of the text height) is not moved: it would not help. */
const nearTop = 0.08;

const rowIdPrefix = 'gramota-row:';

/** The id of a cell of a row that takes part in a keepNext pair. */
export function toRowCellId(tableKey: string, row: number, cell: number): string {
  return `${rowIdPrefix}${tableKey}:${row}:${cell}`;
}

/** The pageBreakBefore callback of every definition. */
export function shouldBreakBefore(node: Node, queries: NodeQueries): boolean {
  if (node.headlineLevel !== keepNextLevel && node.headlineLevel !== keepRowLevel) return false;
  if (node.pageNumbers.length !== 1 || node.startPosition.verticalRatio < nearTop) return false;
  const following = queries.getFollowingNodesOnPage().filter((n) => n.headlineLevel !== pageNumberLevel);
  if (node.headlineLevel === keepNextLevel) {
    return following.length === 0 && queries.getNodesOnNextPage().length > 0;
  }
  const nextRow = toNextRowPrefix(node.id);
  return nextRow !== undefined && !following.some((n) => n.id?.startsWith(nextRow));
}

function toNextRowPrefix(id: string | undefined): string | undefined {
  const match = id?.match(/^gramota-row:(.+):(\d+):\d+$/);
  if (!match) return undefined;
  return `${rowIdPrefix}${match[1]}:${Number(match[2]) + 1}:`;
}
