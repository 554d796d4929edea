import type { Block, ContentsEntry, DocumentModel, Inline, Section } from './schema.js';

/**
 * The entries of every contents block: the section-level headings (style `heading`) that follow it in its section,
 * in order, with their text on one line. Pages are left unknown: only a layout knows them.
 */
export function withContentsEntries(model: DocumentModel): DocumentModel {
  if (!model.sections.some(hasContents)) return model;
  return { ...model, sections: model.sections.map(withSectionEntries) };
}

/** Whether a section has a contents block. */
export function hasContents(section: Section): boolean {
  return section.children.some((block) => block.type === 'contents');
}

function withSectionEntries(section: Section): Section {
  if (!hasContents(section)) return section;
  const children = section.children.map((block, i): Block => {
    if (block.type !== 'contents') return block;
    const entries = section.children.flatMap((heading, k) =>
      k > i && heading.type === 'paragraph' && heading.style === 'heading'
        ? [toEntry(toOneLine(heading.children), k)]
        : [],
    );
    return { type: 'contents', entries };
  });
  return { ...section, children };
}

/** A heading typed with a number of several parts («3.1. SWOT-анализ») is a sub-heading of the one before it. */
function toEntry(text: string, block: number): ContentsEntry {
  const parts = /^(\d+(?:\.\d+)+)\.?\s/.exec(text)?.[1]?.split('.').length ?? 1;
  const depth = Math.min(parts, 6);
  return depth > 1 ? { text, block, depth } : { text, block };
}

/** A heading's text as one line: its line breaks become spaces. */
function toOneLine(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'pageNumber' ? '' : ' '))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
