/** All texts of a model's paragraphs, one string per paragraph. */
export function paragraphsOf(model: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; children?: unknown[] };
    if (n.type === 'paragraph') {
      out.push(
        (n.children ?? [])
          .map(
            (c) => (c as { value?: string }).value ?? ((c as { type: string }).type === 'tab' ? '\t' : '\n'),
          )
          .join(''),
      );
      return;
    }
    Object.values(n).forEach(walk);
  };
  walk(model);
  return out;
}
