import { type Document, isAlias, isScalar, visit } from 'yaml';
import { text } from '../messages.js';
import { quoteTextAt } from './quote-own-text.js';
import type { Slip } from './yaml-slips.js';

/** «&» at the start of a value: a cheap look for the fast reader to leave such a file to the full one (load-fast.ts). */
export function mayHaveAnchor(source: string): boolean {
  return /(?:^|[\s[{,])&\S/m.test(source);
}

/**
 * A text typed with «&» or «*» at its start that YAML reads without an error: `result: &Протокол заседания` is the
 * text «заседания» with an anchor nothing refers to (the document would print «заседания»), and `result: *Протокол` a
 * reference to an anchor the file does not have. An anchor on a list or a map, or one an alias names, is YAML's own.
 */
export function findLostAnchors(doc: Document, source: string): Slip[] {
  const named = new Set<string>();
  const anchored: { node: { anchor?: string; range?: readonly number[] | null } }[] = [];
  const found: Slip[] = [];
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        named.add(node.source);
        if (node.resolve(doc) === undefined && node.range)
          found.push(at(source, node.range[0], (line) => text.yamlUnknownAlias(node.source, line)));
      } else if (isScalar(node) && node.anchor && node.range) anchored.push({ node });
    },
  });
  for (const { node } of anchored) {
    if (named.has(node.anchor!)) continue;
    const start = source.lastIndexOf(`&${node.anchor}`, node.range![0]);
    const kept = source.slice(node.range![0], node.range![1]).trim();
    found.push(at(source, start, (line) => text.yamlLostAnchor(node.anchor!, kept, line)));
  }
  return found;
}

/** A slip at an offset, its message showing the fix (quote-own-text.ts). */
function at(source: string, offset: number, say: (quoted: string) => string): Slip {
  return { offset, message: say(quoteTextAt(source, offset)) };
}
