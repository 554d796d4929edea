import { type Document, visit } from 'yaml';
import { text } from '../messages.js';
import { quoteTextAt } from './quote-own-text.js';
import type { Slip } from './yaml-slips.js';

/** «!» at the start of a value: a cheap look for the fast reader to leave such a file to the full one (load-fast.ts). */
export function mayHaveTag(source: string): boolean {
  return /(?:^|[\s[{,])!/m.test(source);
}

/**
 * A text typed with «!» at its start that YAML reads without an error: `control: ! Важно …` is the text «Важно …»
 * with YAML's «any type» tag, `result: !Срочно: отчёт` the key «Срочно», `result: !Important report` the text
 * «report» with a tag of its own; the «!» and what is glued to it never reach the document. YAML's standard tags
 * (`!!str 045`, `!<tag:yaml.org,2002:str>`) resolve to `tag:yaml.org,2002:…` and stay YAML's own, as does a tag on a
 * list or a map, which loses no text.
 */
export function findLostTags(doc: Document, source: string): Slip[] {
  const found: Slip[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!isLocalTag(node.tag) || !node.range) return;
      const start = findTagStart(source, node.range[0]);
      if (start !== undefined)
        found.push({ offset: start, message: text.yamlReservedStart('!', quoteTextAt(source, start)) });
    },
  });
  return found;
}

/** The non-specific tag «!» and local tags «!имя»: not a URI of a standard tag. */
function isLocalTag(tag: string | undefined): boolean {
  return tag?.startsWith('!') === true;
}

/** Where the tag before a value at `offset` begins: the last «!…» token before it on its line. */
function findTagStart(source: string, offset: number): number | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const before = source.slice(lineStart, offset);
  const tag = /!\S*\s*$/.exec(before);
  if (!tag) return undefined;
  let start = lineStart + tag.index;
  while (start > lineStart && !/[\s[{,]/.test(source[start - 1]!)) start--;
  return start;
}
