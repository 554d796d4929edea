import type { DocParagraph } from '../docx/blocks.js';

/** A list inside a clause, as the plan writes it: items after «–», or `{ numbered }` after «1)». */
export type ClauseList = string[] | { numbered: string[] };

/** A line of a list inside a clause: «– …» («•» typed, or Word's bullet), or «1) …» (typed or Word's). */
export function readListItem(p: DocParagraph, text: string): { text: string; numbered: boolean } | undefined {
  if (p.marker?.bullet || (!p.marker && /^[–—•-]\s/.test(text)))
    return { text: text.replace(/^[–—•-]\s*/, ''), numbered: false };
  if (p.marker ? /^\d+\)$/.test(p.marker.label) : /^\d+\)\s/.test(text))
    return { text: p.marker ? text : text.replace(/^\d+\)\s*/, ''), numbered: true };
  return undefined;
}

/** Whether a clause's list, if it has one, is of this kind: numbered «1)» or with dashes. */
export const isListOf = (list: ClauseList | undefined, numbered: boolean) =>
  list === undefined || Array.isArray(list) !== numbered;

/** The clause's list with one item more. */
export function addListItem(
  list: ClauseList | undefined,
  item: { text: string; numbered: boolean },
): ClauseList {
  if (item.numbered) return { numbered: [...(list && !Array.isArray(list) ? list.numbered : []), item.text] };
  return [...(Array.isArray(list) ? list : []), item.text];
}
