import { type Document, isAlias, isCollection, isPair, isScalar, type Node } from 'yaml';

/**
 * How large the plan becomes once every alias (`*name`) is replaced by what it names, counted in characters of
 * text plus one for each node, without building it: each anchored node is measured once. An alias inside the node
 * it names (`&a [*a]`) makes the plan endless: Infinity.
 */
export function measureExpandedSize(doc: Document): number {
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  const measure = (node: unknown): number => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? measure(target) : 1;
    }
    if (isScalar(node)) return 1 + String(node.source ?? node.value ?? '').length;
    if (!isCollection(node)) return isPair(node) ? measure(node.key) + measure(node.value) : 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return Number.POSITIVE_INFINITY;
    open.add(node);
    let size = 1;
    for (const item of node.items) size += measure(item);
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  return measure(doc.contents);
}
