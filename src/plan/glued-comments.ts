import { type Document, visit } from 'yaml';
import { text } from '../messages.js';
import type { Slip } from './yaml-slips.js';

/** A line with « #» right before a word: `result: Приказ #12`, `- Проект #Наставник`. */
const candidate = /^.*\S[ \t]+#[^\s#].*$/gm;
/** A line whose value starts with a quote: the « #» inside it is text. */
const quotedValue = /^\s*(?:-\s+)*(?:[^\s'"#][^:]*:\s+)?['"]/;

/**
 * Whether the text may hold a value cut short by a comment: a cheap look at the lines, for the fast reader to leave
 * such a file to the full one (load-fast.ts), which tells them apart from comments (findGluedComments).
 */
export function mayHaveGluedComment(source: string): boolean {
  for (const [line] of source.matchAll(candidate)) if (!quotedValue.test(line)) return true;
  return false;
}

/**
 * Unquoted values followed on their line by « #» glued to a word («Приказ #12 от 01.09», «Проект #Наставник»): YAML
 * reads all after « #» as a comment, and the document would print «Приказ». A comment written as one, «# …» with a
 * space, is left alone, as is a comment on a line of its own.
 */
export function findGluedComments(doc: Document, source: string): Slip[] {
  const found: Slip[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment) || !node.range) return;
      const end = node.range[1];
      const kept = source.slice(node.range[0], end).replace(/\s+/g, ' ');
      const hash = source.indexOf('#', end);
      if (kept.trim() === '' || hash < 0 || source.slice(end, hash).includes('\n')) return;
      const lineEnd = source.indexOf('\n', hash);
      const dropped = source.slice(hash, lineEnd < 0 ? undefined : lineEnd).trimEnd();
      found.push({ offset: hash, message: text.yamlGluedComment(kept, dropped) });
    },
  });
  return found;
}
