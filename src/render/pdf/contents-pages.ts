import type { Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Block, Section } from '../../model/schema.js';
import { toLeadId } from './keep.js';
import { type Laid, layOut } from './lay-out.js';

/** Layouts at most: the first finds the pages, the next ones confirm them (the numbers change no line). */
const maxPasses = 3;

/**
 * The page of every contents entry, from the PDF layout of its section: the section is laid out with the entries
 * it has, the page each heading starts on is read, and it is laid out again with those numbers until they stay
 * the same. Each section counts its pages from 1, as its printed numbers do. With the layout that agreed: it is the
 * layout of the section returned, for the renderer to draw (index.ts, paginate). `define` makes the definition of a
 * section as the renderer does.
 */
export function paginateContents(
  section: Section,
  define: (section: Section) => TDocumentDefinitions,
): { section: Section; laid: Laid | undefined } {
  let current = section;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { pages, laid } = layOutHeadingPages(define(current), current);
    const next = withPages(current, pages);
    if (JSON.stringify(next) === JSON.stringify(current)) return { section: current, laid };
    current = next;
  }
  return { section: current, laid: undefined };
}

function withPages(section: Section, pages: ReadonlyMap<number, number>): Section {
  const children = section.children.map(
    (block): Block =>
      block.type === 'contents'
        ? {
            ...block,
            entries: block.entries.map(({ page: _page, ...entry }) => {
              const page = pages.get(entry.block);
              return page === undefined ? entry : { ...entry, page };
            }),
          }
        : block,
  );
  return { ...section, children };
}

/**
 * The pages the section's headings start on, from a layout not yet drawn (lay-out.ts). A section-level heading
 * followed by a block carries the id `gramota:s0.<index>` (keep.ts); pdfmake's pageBreakBefore hook sees every node
 * once, when everything before it has its final place. The hook only reads: the layout is the section's own.
 */
function layOutHeadingPages(
  definition: TDocumentDefinitions,
  section: Section,
): { pages: Map<number, number>; laid: Laid } {
  const wanted = new Map<string, number>();
  for (const block of section.children)
    if (block.type === 'contents')
      for (const entry of block.entries) wanted.set(toLeadId(`s0.${entry.block}`), entry.block);
  const pages = new Map<number, number>();
  const breakBefore = definition.pageBreakBefore;
  definition.pageBreakBefore = (node: Node, queries: NodeQueries) => {
    const breaks = breakBefore?.(node, queries) ?? false;
    const index = node.id === undefined ? undefined : wanted.get(node.id);
    // A heading moved to the next page (keepNext) is not asked again: it starts that page.
    if (index !== undefined) pages.set(index, node.startPosition.pageNumber + (breaks ? 1 : 0));
    return breaks;
  };
  const laid = layOut(definition);
  return { pages, laid };
}
