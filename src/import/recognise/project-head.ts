import { importText } from '../../messages.js';
import type { Note } from '../notes.js';

type Body = readonly Record<string, unknown>[];

/** «Руководитель проекта: Морозова Наталья Викторовна, заместитель директора по УВР» over a plan's table. */
const projectHead = /^руководител[ья]\s+(?:инновационного\s+)?проекта\s*:/i;

/**
 * The paragraphs of a body that name the project's head, with a note each: the plan has no key for one
 * (organization.head is the head of the organization, who signs its orders), so the line stays text where it stood,
 * set flush left as a line of particulars is (justified, its short line would be stretched and hyphenated).
 */
export function readProjectHead(body: Body): { body: Body; notes: Note[] } {
  const notes: Note[] = [];
  const read = body.map((block, at) => {
    if (typeof block.paragraph !== 'string' || !projectHead.test(block.paragraph.trim())) return block;
    notes.push({ path: [at], text: importText.projectHeadKept });
    return block.align === undefined ? { ...block, align: 'left' } : block;
  });
  return { body: read, notes };
}
