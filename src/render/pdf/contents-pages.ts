import type { Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Block, Section } from '../../model/schema.js';
import { toLeadId } from './keep.js';
import { type Laid, layOut } from './lay-out.js';

/** Layouts at most with the numbers as wide as they are: the first finds the pages, the next ones confirm them. */
const maxPasses = 3;
/** Layouts at most with the room of `numberDigits`: two for each digit a number can gain, and the first one. */
const maxRoomPasses = 9;

/**
 * The page of every contents entry, from the PDF layout of its section: the section is laid out with the entries
 * it has, the page each heading starts on is read, and it is laid out again with those numbers until they stay
 * the same. Each section counts its pages from 1, as its printed numbers do. With the layout that agreed: it is the
 * layout of the section returned, for the renderer to draw (index.ts, paginate). `define` makes the definition of a
 * section as the renderer does.
 *
 * A wider number can move its line's end to a line of its own, and the headings after it to a later page, whose
 * number is wider again. When `passes` layouts do not settle, every number is laid out as wide as the most digits
 * seen (the contents block's `numberDigits`): the lines then no longer depend on the numbers, and the next layout
 * confirms the pages of the one before, unless a number got more digits still.
 */
export function paginateContents(
  section: Section,
  define: (section: Section) => TDocumentDefinitions,
  passes = maxPasses,
): { section: Section; laid: Laid } {
  let current = section;
  for (let pass = 0; pass < passes + maxRoomPasses; pass++) {
    const { pages, laid } = layOutHeadingPages(define(current), current);
    const digits = pass < passes ? 0 : Math.max(countDigits(current), ...[...pages.values()].map(toDigits));
    const next = withPages(current, pages, digits);
    if (JSON.stringify(next) === JSON.stringify(current)) return { section: current, laid };
    current = next;
  }
  // Unreachable while the lines depend on the numbers only through their room (contents.ts).
  throw new Error('the contents page numbers did not settle');
}

function withPages(section: Section, pages: ReadonlyMap<number, number>, digits: number): Section {
  const children = section.children.map(
    (block): Block =>
      block.type === 'contents'
        ? {
            type: 'contents',
            entries: block.entries.map(({ page: _page, ...entry }) => {
              const page = pages.get(entry.block);
              return page === undefined ? entry : { ...entry, page };
            }),
            // Once given, the room stays: without it, the layout that settled with it would be undone.
            ...(digits > 0 || block.numberDigits
              ? { numberDigits: Math.max(digits, block.numberDigits ?? 0) }
              : {}),
          }
        : block,
  );
  return { ...section, children };
}

/** The most digits the section's contents give a number: its room, or the widest number it prints. */
function countDigits(section: Section): number {
  return Math.max(
    1,
    ...section.children.flatMap((block) =>
      block.type === 'contents'
        ? [block.numberDigits ?? 1, ...block.entries.map((entry) => toDigits(entry.page ?? 1))]
        : [],
    ),
  );
}

const toDigits = (page: number) => String(page).length;
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
