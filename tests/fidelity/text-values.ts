/** The texts of a model node's text runs, in document order (every `value` of it, at any depth). */
export function textValuesOf(node: unknown): string[] {
  return (JSON.stringify(node ?? null).match(/"value":"(?:[^"\\]|\\.)*"/g) ?? []).map(
    (v) => JSON.parse(v.slice(8)) as string,
  );
}
