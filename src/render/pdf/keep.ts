import type { Node, NodeQueries } from 'pdfmake/interfaces.js';

/**
 * keepNext, best effort, through pdfmake's pageBreakBefore hook: after each layout pass pdfmake calls it for the
 * nodes in document order; `true` puts a page break before that node and lays the document out again.
 *
 * Marks are plain data on the nodes: `headlineLevel` says what a node is, `id` where it is. Ids go on text leaves
 * on purpose: inside an unbreakable table row pdfmake records every position at the row's first try and, when
 * the row moves to the next page, corrects only the first position of text nodes that have an id. So a node's
 * own page is read from its first position (`startPosition`) and only for nodes whose first leaf carries an id.
 *
 * - A section-level paragraph that keeps with the next block: headlineLevel keepNextLevel, id `gramota:<path>`
 *   (or `gramota-keep:<path>` on the last line of a tabbed paragraph); the next block's first leaf: `gramota:<path+1>`.
 * - A cell of a table row that keeps with the next row: headlineLevel keepRowLevel, id `gramota-keep:<table>.r<r>.c<c>`,
 *   its first leaf `gramota:<table>.r<r>` (first cell of the row) or `…c<c>`; the next row's first leaf `gramota:<table>.r<r+1>`.
 */

export const keepNextLevel = 1;
export const keepRowLevel = 2;
/** The page number in a header: never content. */
export const pageNumberLevel = 3;

/**
 * How many nodes that keep with the next one are followed: paragraphs (a heading, a clause, a list: three) and the
 * rows of a run kept together (an order's short acquaintance list: its heading and up to twelve rows).
 */
const maxChain = 24;

/** A paragraph starting this close to the top of its page (share of the text height) is not moved: it would not help. */
const nearTop = 0.08;

/** The id of the first text leaf of the block (or row, or cell) at `path`. */
export function toLeadId(path: string): string {
  return `gramota:${path}`;
}

/**
 * The id of a paragraph marked keepNext that also begins a block an earlier paragraph keeps with (a clause ending
 * with «:» first under a section heading): the earlier one finds it by `leadId`, its own target follows `path`.
 */
export function toLeadKeepId(leadId: string, path: string): string {
  return `${leadId}|${path}`;
}

/** The id of a node marked keepNext that is not its block's first leaf. */
export function toKeepId(path: string): string {
  return `gramota-keep:${path}`;
}

/** Whether a node id is one of these marks (every id gramota gives a node is). */
export function isKeepId(id: string): boolean {
  return id.startsWith('gramota:') || id.startsWith('gramota-keep:');
}

/** The pageBreakBefore callback of every definition. */
export function shouldBreakBefore(node: Node, queries: NodeQueries): boolean {
  const target = findKeepTarget(node);
  if (target === undefined) return false;
  if (
    node.headlineLevel === keepNextLevel &&
    node.pageNumbers.length === 1 &&
    node.startPosition.verticalRatio < nearTop
  ) {
    return false;
  }
  const nearby = [...queries.getFollowingNodesOnPage(), ...queries.getNodesOnNextPage()];
  // pdfmake asks about each node once, in order: a heading followed by a clause ending with «:» that keeps with
  // its list must move when the clause would, so the chain of paragraphs that keep with the next is followed.
  let current = node;
  let link: string | undefined = target;
  for (let step = 0; link !== undefined && step < maxChain; step += 1) {
    const ownPage =
      current.headlineLevel === keepNextLevel
        ? Math.max(...current.pageNumbers)
        : current.startPosition.pageNumber;
    const next = nearby.find((n) => n.id === link || n.id?.startsWith(`${link}|`));
    if (next === undefined) return false;
    if (next.startPosition.pageNumber > ownPage) return true;
    // A row that keeps with the next one (a table's first row, or the next row of a run of kept rows): the chain
    // goes on through that row's first cell.
    const keptRow = next.headlineLevel === undefined ? findKeptRow(nearby, link) : undefined;
    if (next.headlineLevel !== keepNextLevel && keptRow === undefined) return false;
    current = keptRow ?? next;
    link = findKeepTarget(current);
  }
  return false;
}

/**
 * The first cell of a row that keeps with the next row, when `leadId` is that row's first leaf: the leaf of a later
 * row of a run of kept rows (`gramota:<table>.r<r>`), or the table's first leaf (`gramota:<table>`, its row 0). A
 * paragraph kept with the table must then share the page with the table's second row too (the first row cannot move
 * on its own: pdfmake lays a table's first row out in one unbreakable block with its top rule, kept-rows.ts), and a
 * run of kept rows moves whole.
 */
function findKeptRow(nearby: readonly Node[], leadId: string): Node | undefined {
  const path = leadId.slice(toLeadId('').length);
  const cellId = toKeepId(/\.r\d+$/.test(path) ? `${path}.c0` : `${path}.r0.c0`);
  return nearby.find((n) => n.headlineLevel === keepRowLevel && n.id === cellId);
}

/** The id of the first leaf that must share the page with a marked node. */
function findKeepTarget(node: Node): string | undefined {
  if (node.headlineLevel === keepNextLevel) {
    const own = node.id?.includes('|') ? toLeadId(node.id.slice(node.id.indexOf('|') + 1)) : node.id;
    const match = own?.match(/^gramota(?:-keep)?:(.*\.)(\d+)$/);
    return match ? toLeadId(`${match[1]}${Number(match[2]) + 1}`) : undefined;
  }
  if (node.headlineLevel === keepRowLevel) {
    const match = node.id?.match(/^gramota-keep:(.*)\.r(\d+)\.c\d+$/);
    return match ? toLeadId(`${match[1]}.r${Number(match[2]) + 1}`) : undefined;
  }
  return undefined;
}
