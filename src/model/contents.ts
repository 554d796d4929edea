import type { Block, DocumentModel, Inline, Section } from './schema.js';

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
        ? [{ text: toOneLine(heading.children), block: k }]
        : [],
    );
    return { type: 'contents', entries };
  });
  return { ...section, children };
}

/** A heading's text as one line: its line breaks become spaces. */
function toOneLine(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'pageNumber' ? '' : ' '))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
