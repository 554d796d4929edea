import type { Node, NodeQueries } from 'pdfmake/interfaces.js';
import { hasContents } from '../../model/contents.js';
import type { Block, DocumentModel, Section } from '../../model/schema.js';
import { toPdfDefinition } from './index.js';
import { toLeadId } from './keep.js';
import { layOut } from './lay-out.js';

/** Layouts at most: the first finds the pages, the next ones confirm them (the numbers change no line). */
const maxPasses = 3;

/**
 * The page of every contents entry, from the PDF layout of its section: the section is laid out with the entries
 * it has, the page each heading starts on is read, and it is laid out again with those numbers until they stay
 * the same. Each section counts its pages from 1, as its printed numbers do. Sections without contents are kept
 * as they are (the same objects: the PDF renderer lays out a shared section once).
 */
export async function withContentsPages(model: DocumentModel): Promise<DocumentModel> {
  if (!model.sections.some(hasContents)) return model;
  const sections = model.sections.map((section) =>
    hasContents(section) ? withSectionPages(model, section) : section,
  );
  return { ...model, sections };
}

function withSectionPages(model: DocumentModel, section: Section): Section {
  let current = section;
  for (let pass = 0; pass < maxPasses; pass++) {
    const pages = layoutHeadingPages(model, current);
    const next = withPages(current, pages);
    if (JSON.stringify(next) === JSON.stringify(current)) return current;
    current = next;
  }
  return current;
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
 * The pages the section's headings start on, from a layout that is never drawn (lay-out.ts). A section-level heading followed by a block carries the id
 * `gramota:s0.<index>` (keep.ts); pdfmake's pageBreakBefore hook sees every node once, when everything before it
 * has its final place.
 */
function layoutHeadingPages(model: DocumentModel, section: Section): Map<number, number> {
  const definition = toPdfDefinition({ ...model, sections: [section] });
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
  layOut(definition);
  return pages;
}
